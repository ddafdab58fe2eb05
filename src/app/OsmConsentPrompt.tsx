// The small prompt over the map when a scenario asks for OpenStreetMap's online tiles and the reader has not
// agreed yet: the offline map shows until "Load".
import './osmConsent.css';

export interface OsmConsentPromptProps {
  onLoad: () => void;
  onKeepOffline: () => void;
}

export function OsmConsentPrompt({ onLoad, onKeepOffline }: OsmConsentPromptProps) {
  return (
    <div className="osm-consent">
      <p id="osm-consent-text">This map asks for OpenStreetMap tiles (online)</p>
      <button type="button" aria-describedby="osm-consent-text" onClick={onLoad}>
        Load
      </button>
      <button type="button" aria-describedby="osm-consent-text" onClick={onKeepOffline}>
        Keep offline
      </button>
    </div>
  );
}

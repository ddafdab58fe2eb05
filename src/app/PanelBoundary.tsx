// Catches a render error in one part of the page, so the rest stays and nothing the user made is lost:
// the scenario lives in the URL and localStorage, outside the part that failed. "Try again" re-mounts it; a part
// whose load the browser keeps failed (PartLoadError.needsReload) offers to reload the page instead.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PartLoadError } from '../data';

interface Props {
  /** What the part is, for the message: "The side panel", "The map". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  attempt: number;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} failed to render:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return <PanelKey key={this.state.attempt}>{this.props.children}</PanelKey>;
    return (
      <div className="panel-error" role="alert">
        <p>
          {this.props.name} ran into a problem and was closed. Your launch points and systems are kept (they
          are in the address bar).
        </p>
        <p className="detail">{this.state.error.message}</p>
        {this.state.error instanceof PartLoadError && this.state.error.needsReload ? (
          // the browser keeps the failed load until the page is loaded again; the map is in the address
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        ) : (
          <button
            type="button"
            onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
          >
            Try again
          </button>
        )}
      </div>
    );
  }
}

function PanelKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

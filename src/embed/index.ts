// Public names of embed mode: the URL options, the host message API (pure), the bridge hook, the legend
// overlay and the Embed dialog.

export type { OriginPolicy } from './acceptOrigin';
export { acceptOrigin, postTargets } from './acceptOrigin';
export { checkMessageShape, MESSAGE_LIMITS } from './checkMessageShape';
export type { EmbedDialogProps } from './EmbedDialog';
export { EmbedDialog } from './EmbedDialog';
export type { EmbedLegendProps, EmbedLegendSystem } from './EmbedLegend';
export { EmbedLegend } from './EmbedLegend';
export type { EmbedProbeProps } from './EmbedProbe';
export { EmbedProbe } from './EmbedProbe';
export { embedSnippet, embedUrl, SNIPPET_HEIGHT_PX } from './embedSnippet';
export { isEmbedPage } from './isEmbedPage';
export type { ChangeMessage, HeightMessage, MapMessage, ReadyMessage, ScenarioMessage } from './mapMessages';
export {
  changeMessage,
  heightMessage,
  MESSAGE_VERSION,
  readyMessage,
  scenarioMessage,
} from './mapMessages';
export type { HostMessage, HostMessageContext, ParsedHostMessage } from './parseHostMessage';
export { parseHostMessage } from './parseHostMessage';
export { originOfUrl, parseOrigin } from './parseOrigin';
export type { PymMessage } from './pymMessage';
export { parsePymMessage, pymHeightMessage, pymMessage } from './pymMessage';
export type { EmbedOptions } from './readEmbedOptions';
export { readChildId, readEmbedOptions } from './readEmbedOptions';
export type { EmbedBridgeOptions } from './useEmbedBridge';
export { CHANGE_DELAY_MS, useEmbedBridge } from './useEmbedBridge';
export { REFIT_DELAY_MS, useRefitOnResize } from './useRefitOnResize';

// The header's export button and its dialog by their accessible name: "Export image", or "Export PNG" in
// the builds before it was renamed (the baselines some benches build), so a bench runs on either.
export const EXPORT_IMAGE = /^Export (image|PNG)$/;

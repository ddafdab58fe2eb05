// How a view is fitted to the rings: a margin of 24 pixels, and no closer than zoom 9 (a short ring alone would
// otherwise fill the map at street level).
export const FIT_OPTIONS = { padding: [24, 24] as [number, number], maxZoom: 9 };

// The credit the gazetteer's licence (CC BY 4.0) asks for; the UI shows it wherever place names appear.

/** Attribution for every place name and position, as the UI must show it. */
export const PLACES_ATTRIBUTION = 'Places: SimpleMaps World Cities Database, CC BY 4.0';

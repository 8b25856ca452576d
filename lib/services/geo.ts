// Coordinates for an incident from its place or region. The gazetteer lives
// in lib/extract (owned by the extraction engine); until it exports one, an
// incident simply has no coordinates (geoPrecision null), which the map skips.
export interface Located {
  latitude: number | null;
  longitude: number | null;
  /** ACLED-style: 1 town, 3 region only, null country-wide / unknown. */
  geoPrecision: number | null;
}

const NONE: Located = { latitude: null, longitude: null, geoPrecision: null };

export function locate(_country: string, _region: string | null, _place: string | null): Located {
  return NONE;
}

// Coordinates for an incident from the extractor's gazetteer (lib/extract):
//   - a named place that the gazetteer knows (within the incident's region when
//     there is one): its coordinates, geoPrecision 1;
//   - otherwise a region: the coordinates of its main city (or the gazetteer's
//     anchor settlement), geoPrecision 3 — a marker "somewhere in this region";
//   - a country-wide figure: no coordinates, geoPrecision null.
import { placeCoordinates } from "@/lib/extract";
import { REGION_BY_CODE } from "@/lib/extract/gazetteer";

export interface Located {
  latitude: number | null;
  longitude: number | null;
  /** ACLED-style: 1 town, 3 region only, null country-wide / unknown. */
  geoPrecision: number | null;
}

const NONE: Located = { latitude: null, longitude: null, geoPrecision: null };
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function locate(_country: string, region: string | null, place: string | null): Located {
  if (place) {
    const p = placeCoordinates(place, region);
    if (p) return { latitude: round(p.lat), longitude: round(p.lon), geoPrecision: 1 };
  }
  if (region) {
    const def = REGION_BY_CODE.get(region);
    const city = def ? (def.capital && placeCoordinates(def.capital, region)) || placeCoordinates(def.anchor, region) : null;
    if (city) return { latitude: round(city.lat), longitude: round(city.lon), geoPrecision: 3 };
  }
  return NONE;
}

// GeoJSON (RFC 7946) FeatureCollection of incidents: a Point [longitude,
// latitude] in WGS84 per incident, the region's centroid when no settlement
// was located, and `geometry: null` (allowed by RFC 7946 §3.2) for
// country-wide figures that have no place at all.
import type { ExportIncident } from "./enrich";

export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_TAIL = "\n]}\n";

/** What each Feature's `properties` hold (documented on /data). */
export const GEOJSON_PROPERTIES: { name: string; description: string }[] = [
  { name: "id", description: "Strikewatch incident id (also the Feature's id)." },
  { name: "date", description: "Day of the attack, YYYY-MM-DD (Kyiv time)." },
  { name: "country", description: "ISO 3166-1 alpha-2 of where it landed." },
  { name: "region / region_name", description: "ISO 3166-2 region code and its English name; null for country-wide figures." },
  { name: "place", description: "Settlement named, or null." },
  { name: "attacker", description: "RU, UA or null." },
  { name: "weapons", description: "Array of weapon kinds (SPEC names)." },
  { name: "drones_launched … injured", description: "The six counts in force, null when no report gives a figure." },
  { name: "ranges", description: "Per count: {low, best, high, sources} over the reporting articles." },
  { name: "geo_precision", description: "1 town, 2 near a town, 3 region only; null without geometry." },
  { name: "location_source", description: "'incident' (coordinates stored with the incident), 'place_gazetteer' (the named settlement, from GeoNames) or 'region_centroid'." },
  { name: "source_count / sources", description: "Number of articles, and their publishers." },
  { name: "review_status, extractor_version, corrections", description: "As in the CSV exports." },
];

const inRange = (lat: number, lon: number) => Number.isFinite(lat) && Number.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;

export function feature(e: ExportIncident): object {
  const r = e.row;
  const loc = e.location && inRange(e.location.lat, e.location.lon) ? e.location : null;
  return {
    type: "Feature",
    id: r.id,
    geometry: loc ? { type: "Point", coordinates: [loc.lon, loc.lat] } : null,
    properties: {
      id: r.id,
      date: r.date,
      country: r.country,
      region: r.region,
      region_name: e.regionName,
      place: r.place,
      attacker: r.attacker,
      weapons: e.weapons,
      drones_launched: r.dronesLaunched,
      drones_downed: r.dronesDowned,
      missiles_launched: r.missilesLaunched,
      missiles_downed: r.missilesDowned,
      killed: r.killed,
      injured: r.injured,
      ranges: e.ranges,
      geo_precision: loc?.precision ?? null,
      location_source: loc?.from ?? null,
      source_count: r.sourceCount,
      sources: e.publishers,
      review_status: r.reviewStatus,
      extractor_version: e.extractorVersion,
      corrections: e.correctionsText || null,
    },
  };
}

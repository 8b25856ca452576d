// One incident with everything the export formats need: its counted claims,
// the articles they came from, corrections, coordinates and names.
import type { Db } from "@/lib/db/client";
import type { Filters } from "@/lib/queries/filters";
import { iterateIncidents, type IncidentRow } from "@/lib/queries/feed";
import { regionInfo } from "@/lib/queries/regions";
import { placeCoordinates } from "@/lib/extract/gazetteer";
import { parseRanges, type Range } from "@/lib/api/present";
import { publisherNames } from "./sources";
import { parseWeapons } from "@/lib/fields";
import { countedLean, describeCorrections, extractorVersions, loadLean, type ArticleInfo, type CorrectionRow, type LeanClaim } from "./load";

export type SourceArticle = Pick<ArticleInfo, "id" | "url" | "title" | "publisher" | "published" | "sourceKind">;

export interface Located {
  lat: number;
  lon: number;
  /** ACLED geo_precision: 1 town, 2 near a town, 3 region. */
  precision: 1 | 2 | 3;
  /** The incident's own point, its settlement looked up in the gazetteer, or its region's centroid. */
  from: "incident" | "place_gazetteer" | "region_centroid";
}

export interface ExportIncident {
  row: IncidentRow;
  weapons: string[];
  ranges: Record<string, Range>;
  /** Claims that make the figures (not excluded, current and visible article). */
  live: LeanClaim[];
  corrections: CorrectionRow[];
  /** Distinct articles behind the live claims, oldest first. */
  articles: SourceArticle[];
  /** Their publishers' names, distinct, in the same order. */
  publishers: string[];
  regionName: string | null;
  location: Located | null;
  extractorVersion: string;
  correctionsText: string;
}

const time = (d: Date | null) => (d ? d.getTime() : Number.NEGATIVE_INFINITY);

export function locate(row: IncidentRow): Located | null {
  if (row.latitude !== null && row.longitude !== null) {
    const p = row.geoPrecision === 2 || row.geoPrecision === 3 ? row.geoPrecision : row.place ? 1 : 3;
    return { lat: row.latitude, lon: row.longitude, precision: p, from: "incident" };
  }
  // Incidents stored before ingest located them still have their settlement's name.
  const p = row.place ? placeCoordinates(row.place, row.region) : null;
  if (p) return { lat: p.lat, lon: p.lon, precision: 1, from: "place_gazetteer" };
  const r = regionInfo(row.region);
  return r ? { lat: r.lat, lon: r.lon, precision: 3, from: "region_centroid" } : null;
}

export function enrich(row: IncidentRow, claims: LeanClaim[], corrections: CorrectionRow[]): ExportIncident {
  const live = claims.filter(countedLean);
  const byArticle = new Map<number, SourceArticle>();
  for (const c of live) byArticle.set(c.articleId, c.article);
  const articles = [...byArticle.values()].sort((a, b) => time(a.published) - time(b.published) || a.id - b.id);
  return {
    row,
    weapons: parseWeapons(row.weapons),
    ranges: parseRanges(row.ranges),
    live,
    corrections,
    articles,
    publishers: publisherNames(articles),
    regionName: row.region ? (regionInfo(row.region)?.name ?? row.region) : null,
    location: locate(row),
    extractorVersion: extractorVersions(claims),
    correctionsText: describeCorrections(corrections),
  };
}

/** Matching incidents, oldest first, enriched a batch at a time. */
export async function* exportBatches(db: Db, f: Filters, batchSize = 1000): AsyncGenerator<ExportIncident[]> {
  for await (const rows of iterateIncidents(db, f, batchSize)) {
    const behind = await loadLean(db, rows.map((r) => r.id));
    yield rows.map((r) => {
      const b = behind.get(r.id)!;
      return enrich(r, b.claims, b.corrections);
    });
  }
}

// Database rows to the API's JSON shapes (lib/api/schemas.ts): JSON columns
// parsed, timestamps as ISO 8601 text.
import type { IncidentRow } from "@/lib/queries/feed";
import { regionInfo } from "@/lib/queries/regions";
import { parseWeapons } from "@/lib/fields";
import { counted, correctionsInForce, editorName, parseJsonText, type Behind, type CorrectionRow, type Provenance } from "@/lib/export/load";
import { COUNT_KEYS, type IncidentDetailJson, type IncidentJson } from "./schemas";

export type Range = { low: number; best: number; high: number; sources: number };

/** Incident.ranges JSON, keeping only well-formed entries for the count fields. */
export function parseRanges(text: string): Record<string, Range> {
  const raw = parseJsonText(text);
  const out: Record<string, Range> = {};
  if (!raw || typeof raw !== "object") return out;
  for (const key of COUNT_KEYS) {
    const r = (raw as Record<string, Partial<Range> | undefined>)[key];
    if (r && [r.low, r.best, r.high].every((v) => typeof v === "number")) {
      out[key] = { low: r.low!, best: r.best!, high: r.high!, sources: typeof r.sources === "number" ? r.sources : 0 };
    }
  }
  return out;
}

/** A correction as the API shows it, in force or not (JSON values parsed, editor without e-mail domain). */
function correctionJson(c: CorrectionRow) {
  return {
    field: c.field,
    oldValue: parseJsonText(c.oldValue),
    newValue: parseJsonText(c.newValue),
    reason: c.reason,
    editor: editorName(c.editor),
    createdAt: c.createdAt.toISOString(),
  };
}

function inForce(rows: CorrectionRow[]) {
  return correctionsInForce(rows).map(correctionJson);
}

export function presentIncident(r: IncidentRow, p: Provenance): IncidentJson {
  return {
    id: r.id,
    date: r.date,
    country: r.country,
    region: r.region,
    regionName: r.region ? (regionInfo(r.region)?.name ?? r.region) : null,
    place: r.place,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geoPrecision,
    attacker: r.attacker === "RU" || r.attacker === "UA" ? r.attacker : null,
    weapons: parseWeapons(r.weapons),
    dronesLaunched: r.dronesLaunched,
    dronesDowned: r.dronesDowned,
    missilesLaunched: r.missilesLaunched,
    missilesDowned: r.missilesDowned,
    killed: r.killed,
    injured: r.injured,
    ranges: parseRanges(r.ranges),
    sourceCount: r.sourceCount,
    reviewStatus: r.reviewStatus,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    extractorVersions: p.extractorVersions,
    correctionsInForce: inForce(p.corrections),
  };
}

export function presentDetail(r: IncidentRow, behind: Behind): IncidentDetailJson {
  const standing = new Set(correctionsInForce(behind.corrections).map((c) => c.id));
  const versions = [...new Set(behind.claims.filter(counted).map((c) => c.extractorVersion))].sort();
  return {
    ...presentIncident(r, { extractorVersions: versions, corrections: behind.corrections }),
    claims: behind.claims.map((c) => ({
      id: c.id,
      field: c.field,
      value: c.value,
      qualifier: c.qualifier,
      claimant: c.claimant,
      claimantSide: c.claimantSide,
      date: c.date,
      region: c.region,
      place: c.place,
      attacker: c.attacker,
      weapons: parseWeapons(c.weapons),
      language: c.language,
      quote: c.sentence,
      start: c.start,
      end: c.end,
      excluded: c.excluded,
      counted: counted(c),
      article: {
        id: c.articleId,
        url: c.url,
        title: c.title,
        publisher: c.publisher,
        published: c.published?.toISOString() ?? null,
        extractorVersion: c.extractorVersion,
        hidden: c.hidden,
        isCurrent: c.isCurrent,
      },
    })),
    corrections: behind.corrections.map((c) => ({ id: c.id, ...correctionJson(c), inForce: standing.has(c.id) })),
  };
}

// Strikewatch's own columns, appended after a codebook's columns: every count,
// its low/best/high over the reporting articles, and the provenance of the row.
import { FIELD_TO_COLUMN, type CountColumn } from "@/lib/fields";
import type { CountField } from "@/lib/extract/types";
import type { Column } from "./csv";
import type { ExportIncident } from "./enrich";

/** What each count means, for the codebook (fuller than the UI labels). */
const MEANING: Record<CountField, string> = {
  drones_launched: "Drones launched",
  drones_downed: "Drones shot down, destroyed, intercepted or jammed (one combined figure)",
  missiles_launched: "Missiles launched",
  missiles_downed: "Missiles shot down or intercepted",
  killed: "People killed",
  injured: "People injured",
};

/** [column name in the file (the SPEC field), Incident column, meaning], in lib/fields order. */
export const COUNTS = (Object.entries(FIELD_TO_COLUMN) as [CountField, CountColumn][]).map(([name, key]) => [name, key, MEANING[name]] as const);

export function extraColumns(): Column<ExportIncident>[] {
  const cols: Column<ExportIncident>[] = [];
  for (const [name, key, what] of COUNTS) {
    cols.push({ name, description: `${what}: the value in force (an editor's correction, else derived from the claims); empty when no report gives a figure.`, value: (e) => e.row[key] });
  }
  for (const [name, key, what] of COUNTS) {
    cols.push(
      { name: `${name}_low`, description: `${what}: lowest figure among the articles reporting it.`, value: (e) => e.ranges[key]?.low ?? null },
      { name: `${name}_best`, description: `${what}: the most recent article's figure (before corrections).`, value: (e) => e.ranges[key]?.best ?? null },
      { name: `${name}_high`, description: `${what}: highest figure among the articles reporting it.`, value: (e) => e.ranges[key]?.high ?? null },
    );
  }
  cols.push(
    { name: "strikewatch_id", description: "Incident id in Strikewatch (/api/incidents/{id}).", value: (e) => e.row.id },
    { name: "iso_3166_2", description: "Region code (UA-63, RU-BEL); empty for country-wide figures.", value: (e) => e.row.region ?? "" },
    { name: "attacker", description: "RU, UA, or empty when the reports do not say.", value: (e) => e.row.attacker ?? "" },
    { name: "source_count", description: "Distinct articles whose claims make the figures.", value: (e) => e.row.sourceCount },
    { name: "review_status", description: "unreviewed, reviewed (an editor checked it) or flagged (an editor doubts it).", value: (e) => e.row.reviewStatus },
    { name: "extractor_version", description: "Extractor version(s) that read the articles behind the row, ';'-separated.", value: (e) => e.extractorVersion },
    { name: "corrections", description: "Editor corrections in force: 'field: old → new (day, editor: reason)', '; '-separated; empty when none.", value: (e) => e.correctionsText },
    { name: "record_version", description: "Incident version, bumped on every change.", value: (e) => e.row.version },
  );
  return cols;
}

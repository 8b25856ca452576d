// The four downloads: each a text stream built from batches of records, with
// the header first so the response starts before the first query returns.
import type { Db } from "@/lib/db/client";
import type { Filters } from "@/lib/queries/filters";
import { csvHeader, csvLine, type Column } from "./csv";
import { exportBatches, type ExportIncident } from "./enrich";
import { ACLED_ALL_COLUMNS } from "./acled";
import { UCDP_ALL_COLUMNS } from "./ucdp";
import { GEOJSON_HEAD, GEOJSON_TAIL, feature } from "./geojson";
import { CLAIM_CSV_COLUMNS, claimBatches } from "./claims";
import { EXPORT_INFO, EXPORT_KINDS, type ExportInfo, type ExportKind } from "./catalog";

export { EXPORT_KINDS, type ExportKind };

export interface ExportFormat extends ExportInfo {
  chunks(db: Db, f: Filters): AsyncGenerator<string>;
}

async function* incidentCsv(db: Db, f: Filters, columns: Column<ExportIncident>[]): AsyncGenerator<string> {
  yield csvHeader(columns);
  for await (const batch of exportBatches(db, f)) {
    let out = "";
    for (const e of batch) out += csvLine(columns, e);
    yield out;
  }
}

async function* geojson(db: Db, f: Filters): AsyncGenerator<string> {
  yield GEOJSON_HEAD;
  let first = true;
  for await (const batch of exportBatches(db, f)) {
    const parts = batch.map((e) => JSON.stringify(feature(e)));
    if (parts.length === 0) continue;
    yield (first ? "" : ",\n") + parts.join(",\n");
    first = false;
  }
  yield GEOJSON_TAIL;
}

async function* claimsCsv(db: Db, f: Filters): AsyncGenerator<string> {
  yield csvHeader(CLAIM_CSV_COLUMNS);
  for await (const batch of claimBatches(db, f)) {
    let out = "";
    for (const c of batch) out += csvLine(CLAIM_CSV_COLUMNS, c);
    yield out;
  }
}

export const EXPORTS: Record<ExportKind, ExportFormat> = {
  acled: { ...EXPORT_INFO.acled, chunks: (db, f) => incidentCsv(db, f, ACLED_ALL_COLUMNS) },
  ucdp: { ...EXPORT_INFO.ucdp, chunks: (db, f) => incidentCsv(db, f, UCDP_ALL_COLUMNS) },
  geojson: { ...EXPORT_INFO.geojson, chunks: geojson },
  claims: { ...EXPORT_INFO.claims, chunks: claimsCsv },
};

/** "strikewatch-acled-2025-01-01_2025-01-31-UA-63.csv": the filters in the saved file's name. */
export function downloadName(format: ExportFormat, f: Filters): string {
  const [base, ext] = [format.file.replace(/\.[^.]+$/, ""), format.file.split(".").pop()];
  const parts = [f.from || f.to ? `${f.from ?? "start"}_${f.to ?? "now"}` : "", f.country ?? "", f.region ?? "", f.attacker ? `by-${f.attacker}` : "", f.weapon ?? "", f.review ?? ""]
    .filter(Boolean)
    .map((p) => p.replace(/[^A-Za-z0-9_-]/g, ""));
  return `strikewatch-${base}${parts.length ? "-" + parts.join("-") : ""}.${ext}`;
}

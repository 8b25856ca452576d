// The downloads' names and types, free of database code so client and
// server components can both link to them.
export const EXPORT_KINDS = ["acled", "ucdp", "geojson", "claims"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportInfo {
  kind: ExportKind;
  /** Route file name under /api/export/. */
  file: string;
  contentType: string;
  title: string;
}

export const EXPORT_INFO: Record<ExportKind, ExportInfo> = {
  acled: { kind: "acled", file: "acled.csv", contentType: "text/csv; charset=utf-8", title: "ACLED-shaped CSV" },
  ucdp: { kind: "ucdp", file: "ucdp.csv", contentType: "text/csv; charset=utf-8", title: "UCDP GED-shaped CSV" },
  geojson: { kind: "geojson", file: "incidents.geojson", contentType: "application/geo+json; charset=utf-8", title: "GeoJSON" },
  claims: { kind: "claims", file: "claims.csv", contentType: "text/csv; charset=utf-8", title: "Claims CSV" },
};

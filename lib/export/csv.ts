// CSV per RFC 4180: comma-separated, CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF (quotes doubled). UTF-8 without a byte-order mark.

export type Cell = string | number | boolean | null | undefined;

/**
 * Text from news reports ends up in spreadsheets: a cell starting with = + @
 * (or - not followed by a number) would run as a formula in Excel or Sheets
 * (OWASP "CSV injection"), so such text cells get a leading apostrophe.
 * Numbers are written as numbers and never touched.
 */
function defuse(s: string): string {
  const c = s.charCodeAt(0);
  // Fast path: = + - @ TAB CR are the only risky first characters.
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return s;
  if (/^[=+@\t\r]/.test(s) || (/^-/.test(s) && !/^-\d+(\.\d+)?$/.test(s))) return "'" + s;
  return s;
}

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  const s = defuse(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

/** A column of an export: its header, what it means (for /data), and how a record fills it. */
export interface Column<R> {
  name: string;
  description: string;
  value: (r: R) => Cell;
}

export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return csvRow(columns.map((c) => c.name));
}

export function csvLine<R>(columns: readonly Column<R>[], r: R): string {
  return csvRow(columns.map((c) => c.value(r)));
}

// Dates as the extractor and the incidents use them: calendar days in Kyiv time.
const kyiv = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Kyiv", year: "numeric", month: "2-digit", day: "2-digit" });

/** "YYYY-MM-DD" of the instant in Europe/Kyiv. */
export function kyivDay(d: Date): string {
  return kyiv.format(d);
}

/**
 * A published value from metadata: a Date, epoch seconds, "YYYY-MM-DD" (kept
 * as that day: stored at 00:00 UTC, which is the same day in Kyiv) or any
 * ISO-8601 / RFC-2822 date-time. Returns null for missing or unreadable values.
 */
export function parsePublished(v: unknown): Date | null {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? new Date(v * 1000) : null;
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || !d.toISOString().startsWith(s) ? null : d;
  }
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

// Time series for the overview charts: grouped in SQL by day, then shaped
// (folded to weeks or months, gaps filled) into the `{date, values}` form the charts take.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import { airScope, bucketKey, num, numOrNull, type Bucket } from "./sql";

export interface SeriesPoint {
  /** First day of the bucket, "YYYY-MM-DD" (a Monday for weeks, the 1st for months). */
  date: string;
  values: Record<string, number | null>;
}

export interface RawRow {
  /** "YYYY-MM-DD" or, for months, "YYYY-MM". */
  key: string;
  values: Record<string, number | null>;
}

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (d: string) => Date.parse(d + "T00:00:00Z");

/** The first day of the bucket holding a "YYYY-MM-DD" (or "YYYY-MM") key. */
export function bucketStart(key: string, bucket: Bucket): string {
  if (bucket === "month") return key.slice(0, 7) + "-01";
  if (bucket === "week") {
    const ms = dayMs(key.slice(0, 10));
    const monday = (new Date(ms).getUTCDay() + 6) % 7; // days since Monday
    return toDay(ms - monday * DAY);
  }
  return key.slice(0, 10);
}

function nextBucket(start: string, bucket: Bucket): string {
  if (bucket === "month") {
    const [y, m] = start.split("-").map(Number);
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  }
  return toDay(dayMs(start) + (bucket === "week" ? 7 : 1) * DAY);
}

/** Buckets are filled only over a span a chart can show; beyond it only buckets with data are kept. */
const MAX_FILLED = 2000;

/**
 * Pure shaping: rows (one per SQL group) to one point per bucket in date
 * order, values added up within a bucket, every key present. Empty buckets
 * between the first and last (or `range`) get `fill` (0 for counts of
 * incidents, null for "nothing reported" sums, so lines show a gap).
 */
export function shapeSeries(
  rows: RawRow[],
  bucket: Bucket,
  keys: readonly string[],
  opts: { fill?: 0 | null; range?: { from?: string; to?: string } } = {},
): SeriesPoint[] {
  const fill = opts.fill === undefined ? 0 : opts.fill;
  const byStart = new Map<string, Record<string, number | null>>();
  for (const row of rows) {
    const start = bucketStart(row.key, bucket);
    let acc = byStart.get(start);
    if (!acc) byStart.set(start, (acc = Object.fromEntries(keys.map((k) => [k, fill]))));
    for (const k of keys) {
      const v = row.values[k];
      if (v === null || v === undefined) continue;
      acc[k] = (acc[k] ?? 0) + v;
    }
  }
  if (byStart.size === 0) return [];
  const starts = [...byStart.keys()].sort();
  const first = opts.range?.from ? bucketStart(opts.range.from, bucket) : starts[0];
  const last = opts.range?.to ? bucketStart(opts.range.to, bucket) : starts[starts.length - 1];
  const out: SeriesPoint[] = [];
  let filled = 0;
  for (let d = first < starts[0] ? first : starts[0]; d <= last || d <= starts[starts.length - 1]; d = nextBucket(d, bucket)) {
    if (++filled > MAX_FILLED) {
      // Too long to fill: keep the buckets that have data.
      return starts.map((s) => ({ date: s, values: byStart.get(s)! }));
    }
    out.push({ date: d, values: byStart.get(d) ?? Object.fromEntries(keys.map((k) => [k, fill])) });
  }
  return out;
}

export const ATTACKER_KEYS = ["RU", "UA", "unknown"] as const;

/** Incidents per bucket by attacker (RU, UA, unknown). */
export async function getIncidentSeries(db: Db, f: Filters, bucket: Bucket): Promise<SeriesPoint[]> {
  const rows = await db.$queryRaw<{ k: string; a: string | null; n: unknown }[]>(Prisma.sql`
    SELECT ${bucketKey(bucket)} AS "k", i."attacker" AS "a", COUNT(*) AS "n"
    FROM "Incident" i WHERE ${incidentWhere(f)}
    GROUP BY 1, 2`);
  const raw = rows.map((r) => ({ key: r.k, values: { [r.a ?? "unknown"]: num(r.n) } }));
  return shapeSeries(raw, bucket, ATTACKER_KEYS, { fill: 0, range: f });
}

export const AIR_KEYS = ["dronesLaunched", "dronesDowned", "missilesLaunched", "missilesDowned"] as const;

/** Drones and missiles launched and downed per bucket, from the national (region-less) counts; see airScope. */
export async function getAirSeries(db: Db, f: Filters, bucket: Bucket): Promise<SeriesPoint[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${bucketKey(bucket)} AS "k",
      SUM(i."dronesLaunched") AS "dronesLaunched", SUM(i."dronesDowned") AS "dronesDowned",
      SUM(i."missilesLaunched") AS "missilesLaunched", SUM(i."missilesDowned") AS "missilesDowned"
    FROM "Incident" i WHERE ${incidentWhere(f)} AND ${airScope(f)}
      AND (i."dronesLaunched" IS NOT NULL OR i."dronesDowned" IS NOT NULL OR i."missilesLaunched" IS NOT NULL OR i."missilesDowned" IS NOT NULL)
    GROUP BY 1`);
  const raw = rows.map((r) => ({ key: String(r.k), values: Object.fromEntries(AIR_KEYS.map((k) => [k, numOrNull(r[k])])) }));
  return shapeSeries(raw, bucket, AIR_KEYS, { fill: null, range: f });
}

export const CASUALTY_KEYS = ["killed", "injured"] as const;

/** Killed and injured per bucket, over every matching incident. */
export async function getCasualtySeries(db: Db, f: Filters, bucket: Bucket): Promise<SeriesPoint[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${bucketKey(bucket)} AS "k", SUM(i."killed") AS "killed", SUM(i."injured") AS "injured"
    FROM "Incident" i WHERE ${incidentWhere(f)} AND (i."killed" IS NOT NULL OR i."injured" IS NOT NULL)
    GROUP BY 1`);
  const raw = rows.map((r) => ({ key: String(r.k), values: Object.fromEntries(CASUALTY_KEYS.map((k) => [k, numOrNull(r[k])])) }));
  return shapeSeries(raw, bucket, CASUALTY_KEYS, { fill: 0, range: f });
}

/**
 * The span the charts cover: the filter's dates, the data's first and last
 * day where a bound is open (MIN/MAX read the date index; no filter scan).
 */
export async function getDateSpan(db: Db, f: Filters): Promise<{ from: string | null; to: string | null }> {
  if (f.from && f.to) return { from: f.from, to: f.to };
  const rows = await db.$queryRaw<{ lo: string | null; hi: string | null }[]>(Prisma.sql`
    SELECT MIN(i."date") AS "lo", MAX(i."date") AS "hi" FROM "Incident" i`);
  const lo = rows[0]?.lo ?? null;
  const hi = rows[0]?.hi ?? null;
  return { from: f.from ?? lo, to: f.to ?? hi };
}

// Small helpers shared by the query modules.
import { Prisma } from "@/lib/db/generated/client";
import { COUNT_COLUMNS, type CountColumn } from "@/lib/fields";
import type { Filters } from "./filters";

/** SQLite hands COUNT/SUM back as bigint or number (PostgreSQL as bigint or Decimal): plain numbers for the UI. */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "bigint" ? Number(v) : Number(v);
}

/** Like num, but keeps "no figure" (SUM over only NULLs) apart from zero. */
export function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

export type Counts = Record<CountColumn, number | null>;

/** The six count columns of a result row (values or SUMs), "no figure" kept apart from zero. */
export function countsOf(r: Record<string, unknown>): Counts {
  const out = {} as Counts;
  for (const c of COUNT_COLUMNS) out[c] = numOrNull(r[c]);
  return out;
}

/**
 * Rows whose drone and missile counts are added up. The air force (and
 * Russia's defence ministry) report those nationally, as region-less
 * incidents; regional incidents often repeat part of the same national count
 * ("3 drones downed over Kharkiv"), so adding both would count drones twice.
 * With a region filter the region's own figures are the ones asked for.
 */
export function airScope(f: Filters): Prisma.Sql {
  return f.region ? Prisma.sql`1=1` : Prisma.sql`i."region" IS NULL`;
}

export type Bucket = "day" | "week" | "month";
export const BUCKETS: readonly Bucket[] = ["day", "week", "month"];

/** The bucket asked for, else one that keeps a chart readable (under ~150 bars) for the span shown. */
export function parseBucket(v: unknown, span?: { from: string | null; to: string | null }): Bucket {
  if (BUCKETS.includes(v as Bucket)) return v as Bucket;
  if (!span?.from || !span.to) return "day";
  const days = (Date.parse(span.to) - Date.parse(span.from)) / 86_400_000;
  return days <= 150 ? "day" : days <= 3 * 365 ? "week" : "month";
}

/**
 * The GROUP BY key for every bucket: the day. Weeks and months are folded
 * from day rows in shapeSeries (a few thousand rows at most, days x series),
 * which keeps SQL portable (no week function is shared by SQLite and
 * PostgreSQL) and is faster too: grouping by the indexed "date" streams in
 * index order, while substr(date, 1, 7) needs a temporary B-tree
 * (measured at 100,000 incidents: 25 ms by day vs 45 ms by month).
 */
export function bucketKey(_bucket: Bucket): Prisma.Sql {
  return Prisma.sql`i."date"`;
}

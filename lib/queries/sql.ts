// Small helpers shared by the query modules.
import { Prisma } from "@/lib/db/generated/client";
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
 * The GROUP BY key for a bucket. Days and months come straight from the
 * "YYYY-MM-DD" text (substr is the same on SQLite and PostgreSQL); weeks are
 * grouped by day here and folded to Mondays in shapeSeries, because no week
 * function is shared by both databases.
 */
export function bucketKey(bucket: Bucket): Prisma.Sql {
  return bucket === "month" ? Prisma.sql`substr(i."date", 1, 7)` : Prisma.sql`i."date"`;
}

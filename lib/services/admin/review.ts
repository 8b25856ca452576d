// Review status and the review queue.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { jsonEntryNumber, jsonObjectEntries } from "@/lib/db/dialect";
import { COUNT_COLUMNS, FIELD_LABELS, type CountColumn } from "@/lib/fields";
import { audit } from "./audit";
import { AdminError, staleMessage } from "./errors";

export const REVIEW_STATUSES = ["unreviewed", "reviewed", "flagged"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export async function setReviewStatus(
  db: Db,
  input: { incidentId: number; version: number; status: ReviewStatus; editor: string; reason?: string | null },
): Promise<{ version: number }> {
  if (!REVIEW_STATUSES.includes(input.status)) throw new AdminError(`unknown review status "${input.status}"`, "status");
  return db.$transaction(async (tx) => {
    const inc = await tx.incident.findUnique({ where: { id: input.incidentId }, select: { id: true, version: true, reviewStatus: true } });
    if (!inc) throw new AdminError(`incident ${input.incidentId} does not exist`, undefined, "not_found");
    // Marking reviewed vouches for the figures on screen: refuse if they changed since.
    if (inc.version !== input.version) throw new AdminError(staleMessage(inc.version, input.version), undefined, "stale");
    if (inc.reviewStatus === input.status) throw new AdminError(`incident ${inc.id} is already ${input.status}`, undefined, "conflict");
    const r = await tx.incident.updateMany({ where: { id: inc.id, version: input.version }, data: { reviewStatus: input.status, version: { increment: 1 } } });
    if (r.count !== 1) throw new AdminError(staleMessage(inc.version + 1, input.version), undefined, "stale");
    await audit(tx, { action: "review", incidentId: inc.id, editor: input.editor, reason: input.reason, detail: { from: inc.reviewStatus, to: input.status } });
    return { version: input.version + 1 };
  });
}

export const markReviewed = (db: Db, input: { incidentId: number; version: number; editor: string; reason?: string | null }) =>
  setReviewStatus(db, { ...input, status: "reviewed" });

// ---- the queue ----

/** Sources disagree when (high - low) / high is at least this (and they differ by 2 or more). */
export const CONFLICT_RATIO = 0.25;

export interface QueueItem {
  id: number;
  version: number;
  date: string;
  country: string;
  region: string | null;
  place: string | null;
  attacker: string | null;
  killed: number | null;
  injured: number | null;
  dronesLaunched: number | null;
  missilesLaunched: number | null;
  sourceCount: number;
  reviewStatus: string;
  score: number;
  reasons: string[];
}

type Range = { low: number; high: number };

function conflicts(rangesJson: string): { field: CountColumn; low: number; high: number }[] {
  let ranges: Record<string, Range>;
  try {
    ranges = JSON.parse(rangesJson);
  } catch {
    return [];
  }
  const out = [];
  for (const f of COUNT_COLUMNS) {
    const r = ranges?.[f];
    if (!r || typeof r.low !== "number" || typeof r.high !== "number") continue;
    if (r.high - r.low >= 2 && (r.high - r.low) / Math.max(r.high, 1) >= CONFLICT_RATIO) out.push({ field: f, low: r.low, high: r.high });
  }
  return out;
}

// Tier weights: a lower tier only breaks ties within the one above.
const W = { flagged: 10_000_000, deaths: 1_000_000, perDeath: 1000, conflict: 100_000, place: 100, approx: 50 };
const APPROX = ["about", "at_least", "more_than"];

/**
 * Ranges are JSON text ({field: {low, best, high, sources}}), read through
 * lib/db/dialect (the one dialect-specific piece of the queue). The same
 * test as conflicts() above; CASE rather than SQLite's two-argument MAX
 * (PostgreSQL spells that GREATEST).
 */
function conflictScore(): Prisma.Sql {
  const hi = jsonEntryNumber("j", "high");
  const lo = jsonEntryNumber("j", "low");
  return Prisma.sql`(SELECT COALESCE(SUM(CASE WHEN ${hi} - ${lo} >= 2 AND (${hi} - ${lo}) * 1.0 / (CASE WHEN ${hi} > 1 THEN ${hi} ELSE 1 END) >= ${CONFLICT_RATIO} THEN ${W.conflict} ELSE 0 END), 0)
    FROM ${jsonObjectEntries(Prisma.sql`i."ranges"`, "j")} WHERE j."key" IN (${Prisma.join([...COUNT_COLUMNS])}))`;
}

/**
 * Unreviewed (and flagged) incidents that need a look, most important first:
 * flagged ones, then deaths (more deaths first), then sources disagreeing,
 * then an unknown or vague place, then counts that are only ever "about" /
 * "at least" (a disputed death toll outranks an undisputed one of the same
 * size). Scored, sorted and paged in SQL, so the page stays quick with
 * 100,000 incidents waiting; the reasons are spelled out for the page only.
 */
export async function reviewQueue(db: Db, opts: { limit?: number; offset?: number } = {}): Promise<{ items: QueueItem[]; total: number }> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
  const offset = Math.max(opts.offset ?? 0, 0);
  // (incident, field) pairs whose live claims are all approximate. Starts from
  // the approximate claims (few) and looks for a firm one beside each, by index.
  const live = (c: string, a: string) => Prisma.raw(`${c}."excluded" = false AND ${c}."value" IS NOT NULL AND ${a}."hidden" = false AND ${a}."isCurrent" = true`);
  const vagueSql = Prisma.sql`
    SELECT DISTINCT c."incidentId" AS "incidentId", c."field" AS "field"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" JOIN "Incident" i ON i."id" = c."incidentId"
    WHERE c."qualifier" IN (${Prisma.join(APPROX)}) AND ${live("c", "a")} AND i."reviewStatus" IN ('unreviewed', 'flagged')
      AND NOT EXISTS (
        SELECT 1 FROM "Claim" c2 JOIN "Article" a2 ON a2."id" = c2."articleId"
        WHERE c2."field" = c."field" AND c2."incidentId" = c."incidentId" AND c2."qualifier" NOT IN (${Prisma.join(APPROX)}) AND ${live("c2", "a2")}
      )`;
  // Narrow rows (id, score, date) through the sort; details only for the page.
  const page = await db.$queryRaw<{ id: number | bigint; score: number | bigint; total: number | bigint }[]>(Prisma.sql`
    WITH "vague" AS (SELECT DISTINCT v."incidentId" AS "incidentId" FROM (${vagueSql}) v),
    "scored" AS (
      SELECT i."id" AS "id", i."date" AS "date",
        (CASE WHEN i."reviewStatus" = 'flagged' THEN ${W.flagged} ELSE 0 END)
        + (CASE WHEN i."killed" > 0 THEN ${W.deaths} + ${W.perDeath} * (CASE WHEN i."killed" > 999 THEN 999 ELSE i."killed" END) ELSE 0 END)
        -- Sources can only disagree when there are two: skip the JSON for single-source incidents.
        + (CASE WHEN i."sourceCount" > 1 THEN ${conflictScore()} ELSE 0 END)
        + (CASE WHEN i."place" IS NULL OR i."geoPrecision" IS NULL OR i."geoPrecision" >= 3 THEN ${W.place} ELSE 0 END)
        + (CASE WHEN v."incidentId" IS NOT NULL THEN ${W.approx} ELSE 0 END) AS "score"
      FROM "Incident" i LEFT JOIN "vague" v ON v."incidentId" = i."id"
      WHERE i."reviewStatus" IN ('unreviewed', 'flagged')
    )
    SELECT s."id" AS "id", s."score" AS "score", COUNT(*) OVER () AS "total" FROM "scored" s
    WHERE s."score" > 0
    ORDER BY s."score" DESC, s."date" DESC, s."id" DESC
    LIMIT ${limit} OFFSET ${offset}`);
  const ids = page.map((p) => Number(p.id));
  const [details, vague] = ids.length
    ? await Promise.all([
        db.incident.findMany({
          where: { id: { in: ids } },
          select: {
            id: true, version: true, date: true, country: true, region: true, place: true, attacker: true, killed: true, injured: true,
            dronesLaunched: true, missilesLaunched: true, sourceCount: true, reviewStatus: true, ranges: true, geoPrecision: true,
          },
        }),
        db.$queryRaw<{ incidentId: number | bigint; field: string }[]>(Prisma.sql`SELECT v."incidentId" AS "incidentId", v."field" AS "field" FROM (${vagueSql}) v WHERE v."incidentId" IN (${Prisma.join(ids)})`),
      ])
    : [[], []];
  const byId = new Map(details.map((d) => [d.id, d]));
  const approxBy = new Map<number, string[]>();
  for (const v of vague) approxBy.set(Number(v.incidentId), [...(approxBy.get(Number(v.incidentId)) ?? []), v.field]);
  const rows = page.flatMap((p) => {
    const d = byId.get(Number(p.id));
    return d ? [{ ...d, score: Number(p.score), approx: approxBy.get(d.id) ?? [] }] : [];
  });

  const items = rows.map((r): QueueItem => {
    const reasons: string[] = [];
    if (r.reviewStatus === "flagged") reasons.push("flagged for review");
    if ((r.killed ?? 0) > 0) reasons.push(`${r.killed} killed`);
    for (const c of conflicts(r.ranges)) reasons.push(`sources disagree on ${FIELD_LABELS[c.field].toLowerCase()}: ${c.low}–${c.high}`);
    if (!r.place || r.geoPrecision === null || r.geoPrecision >= 3) {
      reasons.push(r.place ? "place only known to region level" : r.region ? "no place below region level" : "no region or place");
    }
    if (r.approx.length) reasons.push(`only approximate figures for ${r.approx.map((f) => f.replace(/_/g, " ")).join(", ")}`);
    const { ranges: _r, geoPrecision: _g, approx: _a, ...item } = r;
    return { ...item, reasons };
  });
  // Past the last page there are no rows to carry the window count: count on its own.
  let total = page.length ? Number(page[0].total) : 0;
  if (!page.length && offset > 0) total = (await reviewQueue(db, { limit: 1, offset: 0 })).total;
  return { items, total };
}

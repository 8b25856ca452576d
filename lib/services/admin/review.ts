// Review status and the review queue.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { COUNT_COLUMNS, FIELD_LABELS, type CountColumn } from "@/lib/validation/incident";
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

/**
 * Unreviewed (and flagged) incidents that need a look, most important first:
 * flagged ones, then deaths (more deaths first), then sources disagreeing,
 * then an unknown or vague place, then counts that are only ever "about" /
 * "at least". Weights are tiers: a lower tier only breaks ties within one above
 * (a disputed death toll outranks an undisputed one of the same size).
 */
export async function reviewQueue(db: Db, opts: { limit?: number; offset?: number } = {}): Promise<{ items: QueueItem[]; total: number }> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
  const offset = Math.max(opts.offset ?? 0, 0);
  const rows = await db.incident.findMany({
    where: { reviewStatus: { in: ["unreviewed", "flagged"] } },
    select: {
      id: true, version: true, date: true, country: true, region: true, place: true, attacker: true, killed: true, injured: true,
      dronesLaunched: true, missilesLaunched: true, sourceCount: true, reviewStatus: true, ranges: true, geoPrecision: true,
    },
  });
  // Count fields whose live claims are all approximate, grouped in SQL.
  const vague = await db.$queryRaw<{ incidentId: number; field: string }[]>(Prisma.sql`
    SELECT c."incidentId" AS "incidentId", c."field" AS "field"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" JOIN "Incident" i ON i."id" = c."incidentId"
    WHERE c."excluded" = false AND a."hidden" = false AND a."isCurrent" = true AND c."value" IS NOT NULL
      AND i."reviewStatus" IN ('unreviewed', 'flagged')
    GROUP BY c."incidentId", c."field"
    HAVING SUM(CASE WHEN c."qualifier" IN ('about', 'at_least', 'more_than') THEN 0 ELSE 1 END) = 0`);
  const vagueBy = new Map<number, string[]>();
  for (const v of vague) vagueBy.set(Number(v.incidentId), [...(vagueBy.get(Number(v.incidentId)) ?? []), v.field]);

  const items: QueueItem[] = [];
  for (const r of rows) {
    const reasons: string[] = [];
    let score = 0;
    if (r.reviewStatus === "flagged") {
      score += 10_000_000;
      reasons.push("flagged for review");
    }
    if ((r.killed ?? 0) > 0) {
      score += 1_000_000 + 1000 * Math.min(r.killed!, 999);
      reasons.push(`${r.killed} killed`);
    }
    for (const c of conflicts(r.ranges)) {
      score += 100_000;
      reasons.push(`sources disagree on ${FIELD_LABELS[c.field].toLowerCase()}: ${c.low}–${c.high}`);
    }
    if (!r.place || r.geoPrecision === null || r.geoPrecision >= 3) {
      score += 100;
      reasons.push(r.place ? "place only known to region level" : r.region ? "no place below region level" : "no region or place");
    }
    const approx = vagueBy.get(r.id);
    if (approx?.length) {
      score += 50;
      reasons.push(`only approximate figures for ${approx.map((f) => f.replace(/_/g, " ")).join(", ")}`);
    }
    if (score === 0) continue;
    const { ranges: _r, geoPrecision: _g, ...item } = r;
    items.push({ ...item, score, reasons });
  }
  items.sort((a, b) => b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return { items: items.slice(offset, offset + limit), total: items.length };
}

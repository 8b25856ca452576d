// Shared steps of every admin change: the audit row, and making sure each
// touched incident's version moves so an open correction form goes stale.
import type { DbClient } from "@/lib/services/fields";
import { recomputeIncidents } from "@/lib/services/derive";

export interface AuditInput {
  action: string;
  editor: string;
  incidentId?: number | null;
  articleId?: number | null;
  claimId?: number | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(tx: DbClient, a: AuditInput) {
  return tx.auditEvent.create({
    data: {
      action: a.action, editor: a.editor, incidentId: a.incidentId ?? null, articleId: a.articleId ?? null, claimId: a.claimId ?? null,
      reason: a.reason ?? null, detail: JSON.stringify(a.detail ?? {}),
    },
  });
}

/**
 * Re-derive incidents and bump the version of every one that still exists,
 * even when its values came out the same (its claims changed all the same).
 * Returns the ids that were deleted (no claims and no corrections left).
 */
export async function recomputeAndTouch(tx: DbClient, ids: number[]): Promise<number[]> {
  const r = await recomputeIncidents(tx, ids);
  if (r.unchanged.length) await tx.incident.updateMany({ where: { id: { in: r.unchanged } }, data: { version: { increment: 1 } } });
  return r.deleted;
}

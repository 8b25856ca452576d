// Claim-level fixes. The decision lives on the claim (excluded,
// pinnedIncidentId) and ingest carries it over to the matching claim when the
// article is re-extracted or re-ingested.
import type { Db } from "@/lib/db/client";
import { reasonSchema } from "@/lib/validation/common";
import { audit, recomputeAndTouch } from "./audit";
import { AdminError } from "./errors";

export function checkReason(reason: string | null | undefined, optional = false): string | null {
  if (optional && (reason == null || reason.trim() === "")) return null;
  const r = reasonSchema.safeParse(reason);
  if (!r.success) throw new AdminError(r.error.issues[0].message, "reason");
  return r.data;
}

async function setExcluded(db: Db, input: { claimId: number; reason?: string | null; editor: string }, excluded: boolean) {
  const reason = checkReason(input.reason, !excluded);
  return db.$transaction(async (tx) => {
    const c = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!c) throw new AdminError(`claim ${input.claimId} does not exist (the article may have been re-extracted since)`, undefined, "not_found");
    if (c.excluded === excluded) throw new AdminError(`claim ${c.id} is already ${excluded ? "marked wrong" : "counted"}`, undefined, "conflict");
    await tx.claim.update({ where: { id: c.id }, data: { excluded } });
    await audit(tx, {
      action: excluded ? "claim.exclude" : "claim.restore", incidentId: c.incidentId, articleId: c.articleId, claimId: c.id, reason, editor: input.editor,
      detail: { field: c.field, value: c.value, sentence: c.sentence.slice(0, 300) },
    });
    if (c.incidentId !== null) await recomputeAndTouch(tx, [c.incidentId]);
    return { incidentId: c.incidentId };
  });
}

/** Mark a claim wrong: kept for the record, left out of the figures. */
export const excludeClaim = (db: Db, input: { claimId: number; reason: string; editor: string }) => setExcluded(db, input, true);
export const restoreClaim = (db: Db, input: { claimId: number; reason?: string | null; editor: string }) => setExcluded(db, input, false);

/** Move a claim to another incident and pin it there. */
export async function moveClaim(db: Db, input: { claimId: number; toIncidentId: number; reason: string; editor: string }) {
  const reason = checkReason(input.reason);
  return db.$transaction(async (tx) => {
    const c = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!c) throw new AdminError(`claim ${input.claimId} does not exist`, undefined, "not_found");
    const target = await tx.incident.findUnique({ where: { id: input.toIncidentId }, select: { id: true, country: true } });
    if (!target) throw new AdminError(`incident ${input.toIncidentId} does not exist`, "toIncidentId", "not_found");
    if (c.incidentId === target.id) throw new AdminError(`claim ${c.id} is already on incident ${target.id}`, "toIncidentId", "conflict");
    if (target.country !== c.country) throw new AdminError(`incident ${target.id} is in ${target.country}, the claim is about ${c.country}`, "toIncidentId");
    await tx.claim.update({ where: { id: c.id }, data: { incidentId: target.id, pinnedIncidentId: target.id } });
    await audit(tx, {
      action: "claim.move", incidentId: target.id, articleId: c.articleId, claimId: c.id, reason, editor: input.editor,
      detail: { from: c.incidentId, to: target.id, field: c.field, value: c.value },
    });
    if (c.incidentId !== null) {
      await audit(tx, { action: "claim.move-out", incidentId: c.incidentId, articleId: c.articleId, claimId: c.id, reason, editor: input.editor, detail: { from: c.incidentId, to: target.id } });
    }
    const deleted = await recomputeAndTouch(tx, [target.id, ...(c.incidentId !== null ? [c.incidentId] : [])]);
    return { from: c.incidentId, to: target.id, sourceDeleted: c.incidentId !== null && deleted.includes(c.incidentId) };
  });
}

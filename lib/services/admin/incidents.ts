// Merging two incidents that are one event, and splitting one that is two.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { audit, recomputeAndTouch } from "./audit";
import { checkReason } from "./claims";
import { AdminError } from "./errors";

/**
 * Fold `absorbedId` into `survivorId`: its claims move over, its natural key
 * becomes an alias of the survivor (so re-extracted or newly ingested claims
 * with that key land on the survivor), then it is deleted. Its corrections
 * are kept in the audit row's detail, not applied to the survivor.
 */
export async function mergeIncidents(db: Db, input: { survivorId: number; absorbedId: number; reason: string; editor: string }) {
  const reason = checkReason(input.reason);
  if (input.survivorId === input.absorbedId) throw new AdminError("choose two different incidents", "absorbedId");
  return db.$transaction(async (tx) => {
    const [survivor, absorbed] = await Promise.all([
      tx.incident.findUnique({ where: { id: input.survivorId } }),
      tx.incident.findUnique({ where: { id: input.absorbedId }, include: { corrections: true } }),
    ]);
    if (!survivor) throw new AdminError(`incident ${input.survivorId} does not exist`, "survivorId", "not_found");
    if (!absorbed) throw new AdminError(`incident ${input.absorbedId} does not exist`, "absorbedId", "not_found");
    if (survivor.country !== absorbed.country) throw new AdminError(`incidents in different countries (${survivor.country}, ${absorbed.country}) cannot be merged`, "absorbedId");

    const moved = await tx.claim.updateMany({ where: { incidentId: absorbed.id }, data: { incidentId: survivor.id } });
    // Claims pinned to the absorbed incident follow it; so do aliases that pointed at it.
    await tx.claim.updateMany({ where: { pinnedIncidentId: absorbed.id }, data: { pinnedIncidentId: survivor.id } });
    await tx.incidentAlias.updateMany({ where: { incidentId: absorbed.id }, data: { incidentId: survivor.id } });
    await tx.incidentAlias.upsert({ where: { mergeKey: absorbed.mergeKey }, create: { mergeKey: absorbed.mergeKey, incidentId: survivor.id }, update: { incidentId: survivor.id } });
    await tx.incident.delete({ where: { id: absorbed.id } });

    const snapshot = {
      absorbedId: absorbed.id, absorbedKey: absorbed.mergeKey, claimsMoved: moved.count,
      corrections: absorbed.corrections.map((c) => ({ id: c.id, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason, editor: c.editor, createdAt: c.createdAt })),
    };
    await audit(tx, { action: "merge", incidentId: survivor.id, reason, editor: input.editor, detail: snapshot });
    await audit(tx, { action: "merged-into", incidentId: absorbed.id, reason, editor: input.editor, detail: { survivorId: survivor.id, ...snapshot } });
    await recomputeAndTouch(tx, [survivor.id]);
    return { survivorId: survivor.id, claimsMoved: moved.count };
  });
}

/**
 * Move the chosen claims of one incident to a new incident, pinned there so
 * re-extraction keeps them apart. The new incident starts with the original's
 * date, region and attacker; correct them on its page if they differ.
 */
export async function splitIncident(db: Db, input: { incidentId: number; claimIds: number[]; reason: string; editor: string }) {
  const reason = checkReason(input.reason);
  const ids = [...new Set(input.claimIds)];
  if (ids.length === 0) throw new AdminError("choose the claims that belong to the other incident", "claimIds");
  return db.$transaction(async (tx) => {
    const inc = await tx.incident.findUnique({ where: { id: input.incidentId }, include: { claims: { select: { id: true } } } });
    if (!inc) throw new AdminError(`incident ${input.incidentId} does not exist`, undefined, "not_found");
    const own = new Set(inc.claims.map((c) => c.id));
    const foreign = ids.filter((id) => !own.has(id));
    if (foreign.length) throw new AdminError(`claim ${foreign.join(", ")} is not on incident ${inc.id}`, "claimIds");
    if (ids.length === own.size) throw new AdminError("leave at least one claim on this incident (to move them all, merge instead)", "claimIds");

    // A key no extractor produces: only pinned claims ever reach this incident.
    // Its first four parts stay the original's, which derive reads date etc. from.
    const created = await tx.incident.create({
      data: { mergeKey: `${inc.mergeKey}|split:${randomUUID()}`, date: inc.date, country: inc.country, region: inc.region, attacker: inc.attacker },
    });
    await tx.claim.updateMany({ where: { id: { in: ids } }, data: { incidentId: created.id, pinnedIncidentId: created.id } });
    await audit(tx, { action: "split", incidentId: inc.id, reason, editor: input.editor, detail: { newIncidentId: created.id, claimIds: ids } });
    await audit(tx, { action: "split-from", incidentId: created.id, reason, editor: input.editor, detail: { fromIncidentId: inc.id, claimIds: ids } });
    await recomputeAndTouch(tx, [inc.id, created.id]);
    return { newIncidentId: created.id };
  });
}

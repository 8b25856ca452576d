// Field corrections. Each changed field becomes one Correction row (old and
// new value as JSON, who, why); derive applies the newest one per field over
// the values extracted from claims, so a correction outlives re-extraction.
// A form carries the incident's version: a stale one is refused.
import type { Db } from "@/lib/db/client";
import { recomputeIncidents } from "@/lib/services/derive";
import { CORRECTABLE_FIELDS, FIELD_LABELS, type CorrectableField } from "@/lib/fields";
import { valueProblem, type FieldValue } from "@/lib/validation/incident";
import { reasonSchema } from "@/lib/validation/common";
import { AdminError, staleMessage } from "./errors";
import { normalize, sameValue, valuesOf } from "./values";

export interface CorrectInput {
  incidentId: number;
  /** The version the editor saw; refused when the incident has moved on. */
  version: number;
  /** New values by field; fields equal to the value in force are ignored. */
  changes: Partial<Record<CorrectableField, FieldValue>>;
  reason: string;
  editor: string;
}

export interface CorrectResult {
  version: number;
  changed: { field: CorrectableField; oldValue: FieldValue; newValue: FieldValue; correctionId: number }[];
}

function checkReason(reason: string): string {
  const r = reasonSchema.safeParse(reason);
  if (!r.success) throw new AdminError(r.error.issues[0].message, "reason");
  return r.data;
}

export async function correctIncident(db: Db, input: CorrectInput): Promise<CorrectResult> {
  const reason = checkReason(input.reason);
  const entries = Object.entries(input.changes) as [CorrectableField, FieldValue][];
  for (const [field, value] of entries) {
    const problem = valueProblem(field, value);
    if (problem) throw new AdminError(`${FIELD_LABELS[field] ?? field}: ${problem}`, field);
  }
  if (!Number.isInteger(input.version)) throw new AdminError("the form is missing the incident's version: reload the page", "version");

  return db.$transaction(async (tx) => {
    const inc = await tx.incident.findUnique({ where: { id: input.incidentId } });
    if (!inc) throw new AdminError(`incident ${input.incidentId} does not exist (it may have been merged into another)`, undefined, "not_found");
    if (inc.version !== input.version) throw new AdminError(staleMessage(inc.version, input.version), undefined, "stale");
    const region = input.changes.region;
    if (typeof region === "string" && !region.startsWith(`${inc.country}-`)) {
      throw new AdminError(`Region: ${region} is not in ${inc.country}, the incident's country`, "region");
    }

    const current = valuesOf(inc);
    const diffs = entries
      .map(([field, v]) => ({ field, oldValue: current[field] ?? null, newValue: normalize(field, v) }))
      .filter((d) => CORRECTABLE_FIELDS.includes(d.field) && !sameValue(d.oldValue, d.newValue));
    if (diffs.length === 0) throw new AdminError("nothing to save: every value is the one the incident already shows");

    // Claim the version in the same statement that checks it, so two editors
    // saving at once cannot both pass the check above.
    const claimed = await tx.incident.updateMany({ where: { id: inc.id, version: input.version }, data: { version: { increment: 1 } } });
    if (claimed.count !== 1) throw new AdminError(staleMessage(inc.version + 1, input.version), undefined, "stale");

    const changed: CorrectResult["changed"] = [];
    for (const d of diffs) {
      const row = await tx.correction.create({
        data: { incidentId: inc.id, field: d.field, oldValue: JSON.stringify(d.oldValue), newValue: JSON.stringify(d.newValue), reason, editor: input.editor },
      });
      changed.push({ ...d, correctionId: row.id });
    }
    await recomputeIncidents(tx, [inc.id]);
    const after = await tx.incident.findUniqueOrThrow({ where: { id: inc.id }, select: { version: true } });
    return { version: after.version, changed };
  });
}

/** Undo one correction by writing a new one that puts back the value it replaced. */
export async function revertCorrection(db: Db, input: { correctionId: number; version: number; reason: string; editor: string }): Promise<CorrectResult> {
  const c = await db.correction.findUnique({ where: { id: input.correctionId } });
  if (!c) throw new AdminError(`correction ${input.correctionId} does not exist`, undefined, "not_found");
  const field = c.field as CorrectableField;
  if (!CORRECTABLE_FIELDS.includes(field)) throw new AdminError(`correction ${c.id} is on an unknown field "${c.field}"`);
  const earlier = c.oldValue === null ? null : (JSON.parse(c.oldValue) as FieldValue);
  const reason = checkReason(input.reason);
  return correctIncident(db, {
    incidentId: c.incidentId, version: input.version, changes: { [field]: earlier }, editor: input.editor,
    reason: `revert of correction #${c.id}: ${reason}`,
  });
}

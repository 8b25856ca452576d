"use server";
import { correctIncident } from "@/lib/services/admin/corrections";
import { getDb } from "@/lib/db/client";
import { CORRECTABLE_FIELDS } from "@/lib/fields";
import { correctionFormSchema, type CorrectionForm } from "@/lib/validation/incident";
import { runAdminAction, type ActionState } from "./run";

export async function correctIncidentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, correctionFormSchema, async (raw, admin) => {
    const data = raw as CorrectionForm;
    const changes = Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, data[f]]));
    const r = await correctIncident(getDb(), { incidentId: data.incidentId, version: data.version, changes, reason: data.reason, editor: admin.email });
    return `saved ${r.changed.length} correction${r.changed.length === 1 ? "" : "s"}: ${r.changed.map((c) => c.field).join(", ")}`;
  });
}

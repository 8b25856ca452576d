"use server";
import { z } from "zod";
import { splitIncident } from "@/lib/services/admin/incidents";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({
  incidentId: idSchema,
  claimIds: z.array(idSchema).min(1, "tick the claims that belong to the other incident").max(10_000, "too many claims"),
  reason: reasonSchema,
});

export async function splitIncidentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await splitIncident(getDb(), { ...d, editor: admin.email });
    return `split: ${d.claimIds.length} claim${d.claimIds.length === 1 ? "" : "s"} now form incident ${r.newIncidentId}`;
  });
}

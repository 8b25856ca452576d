"use server";
import { z } from "zod";
import { mergeIncidents } from "@/lib/services/admin/incidents";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ survivorId: idSchema, absorbedId: idSchema, reason: reasonSchema });

export async function mergeIncidentsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await mergeIncidents(getDb(), { ...d, editor: admin.email });
    return `incident ${d.absorbedId} merged into ${r.survivorId} (${r.claimsMoved} claims moved)`;
  });
}

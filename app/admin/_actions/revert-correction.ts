"use server";
import { z } from "zod";
import { revertCorrection } from "@/lib/services/admin/corrections";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ correctionId: idSchema, version: idSchema, reason: reasonSchema });

export async function revertCorrectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await revertCorrection(getDb(), { ...d, editor: admin.email });
    return `reverted: ${r.changed.map((c) => c.field).join(", ")} is back to ${r.changed.map((c) => JSON.stringify(c.newValue)).join(", ")}`;
  });
}

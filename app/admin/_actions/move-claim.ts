"use server";
import { z } from "zod";
import { moveClaim } from "@/lib/services/admin/claims";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ claimId: idSchema, toIncidentId: idSchema, reason: reasonSchema });

export async function moveClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await moveClaim(getDb(), { ...d, editor: admin.email });
    return `claim ${d.claimId} moved to incident ${r.to}${r.sourceDeleted ? " (its old incident had nothing left and was removed)" : ""}`;
  });
}

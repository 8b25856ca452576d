"use server";
import { z } from "zod";
import { restoreClaim } from "@/lib/services/admin/claims";
import { getDb } from "@/lib/db/client";
import { idSchema, optionalReasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ claimId: idSchema, reason: optionalReasonSchema });

export async function restoreClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    await restoreClaim(getDb(), { ...d, editor: admin.email });
    return `claim ${d.claimId} counts again`;
  });
}

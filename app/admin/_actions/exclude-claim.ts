"use server";
import { z } from "zod";
import { excludeClaim } from "@/lib/services/admin/claims";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ claimId: idSchema, reason: reasonSchema });

export async function excludeClaimAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    await excludeClaim(getDb(), { ...d, editor: admin.email });
    return `claim ${d.claimId} marked wrong: it no longer counts`;
  });
}

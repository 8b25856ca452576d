"use server";
import { z } from "zod";
import { setReviewStatus, REVIEW_STATUSES } from "@/lib/services/admin/review";
import { getDb } from "@/lib/db/client";
import { idSchema, optionalReasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ incidentId: idSchema, version: idSchema, status: z.enum(REVIEW_STATUSES, "unknown review status"), reason: optionalReasonSchema });

export async function setReviewStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    await setReviewStatus(getDb(), { ...d, editor: admin.email });
    return `incident ${d.incidentId} is now ${d.status}`;
  });
}

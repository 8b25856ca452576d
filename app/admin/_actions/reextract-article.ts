"use server";
import { z } from "zod";
import { reextractOne } from "@/lib/services/admin/articles";
import { getDb } from "@/lib/db/client";
import { idSchema, optionalReasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ articleId: idSchema, reason: optionalReasonSchema });

export async function reextractArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await reextractOne(getDb(), { ...d, editor: admin.email });
    return `re-extracted with extractor ${r.extractorVersion}: ${r.before} claims before, ${r.after} now`;
  });
}

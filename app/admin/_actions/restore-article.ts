"use server";
import { z } from "zod";
import { restoreArticle } from "@/lib/services/admin/articles";
import { getDb } from "@/lib/db/client";
import { idSchema, optionalReasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ articleId: idSchema, reason: optionalReasonSchema });

export async function restoreArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await restoreArticle(getDb(), { ...d, editor: admin.email });
    return `article ${d.articleId} shown again: ${r.incidents.length} incident${r.incidents.length === 1 ? "" : "s"} recomputed with it`;
  });
}

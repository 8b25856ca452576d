"use server";
import { z } from "zod";
import { hideArticle } from "@/lib/services/admin/articles";
import { getDb } from "@/lib/db/client";
import { idSchema, reasonSchema } from "@/lib/validation/common";
import { runAdminAction, type ActionState } from "./run";

const schema = z.object({ articleId: idSchema, reason: reasonSchema });

export async function hideArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, schema, async (d, admin) => {
    const r = await hideArticle(getDb(), { ...d, editor: admin.email });
    return `article ${d.articleId} hidden: ${r.incidents.length} incident${r.incidents.length === 1 ? "" : "s"} recomputed without it`;
  });
}

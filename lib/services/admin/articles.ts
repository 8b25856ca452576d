// Article-level actions: hide / restore a source, re-extract one article.
import type { Db } from "@/lib/db/client";
import { reextractArticle as runReextract } from "@/lib/services/reextract";
import type { Extraction, ReportInput } from "@/lib/extract/types";
import { audit, recomputeAndTouch } from "./audit";
import { checkReason } from "./claims";
import { AdminError } from "./errors";

async function setHidden(db: Db, input: { articleId: number; reason?: string | null; editor: string }, hidden: boolean) {
  const reason = checkReason(input.reason, !hidden);
  return db.$transaction(async (tx) => {
    const a = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, hidden: true, claims: { select: { incidentId: true } } } });
    if (!a) throw new AdminError(`article ${input.articleId} does not exist`, undefined, "not_found");
    if (a.hidden === hidden) throw new AdminError(`article ${a.id} is already ${hidden ? "hidden" : "shown"}`, undefined, "conflict");
    await tx.article.update({ where: { id: a.id }, data: { hidden } });
    const incidents = [...new Set(a.claims.map((c) => c.incidentId).filter((x): x is number => x !== null))];
    await audit(tx, { action: hidden ? "article.hide" : "article.restore", articleId: a.id, reason, editor: input.editor, detail: { incidents } });
    const deleted = await recomputeAndTouch(tx, incidents);
    return { incidents, deleted };
  });
}

/** Hide an article: its claims stay stored but leave the figures. */
export const hideArticle = (db: Db, input: { articleId: number; reason: string; editor: string }) => setHidden(db, input, true);
export const restoreArticle = (db: Db, input: { articleId: number; reason?: string | null; editor: string }) => setHidden(db, input, false);

/** Re-run the extractor on one article (ingest's reextract), audited in the same transaction. */
export async function reextractOne(db: Db, input: { articleId: number; editor: string; reason?: string | null }, run?: (i: ReportInput) => Extraction) {
  const reason = checkReason(input.reason, true);
  const a = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, isCurrent: true } });
  if (!a) throw new AdminError(`article ${input.articleId} does not exist`, undefined, "not_found");
  if (!a.isCurrent) throw new AdminError(`article ${a.id} is an old version of its page; re-extract the current version instead`, undefined, "conflict");
  return runReextract(db, a.id, run, async (tx, r) => {
    await audit(tx, { action: "article.reextract", articleId: a.id, reason, editor: input.editor, detail: r });
  });
}

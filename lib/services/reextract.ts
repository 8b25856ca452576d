// Re-run the current extractor over stored articles (after the extractor
// improves). Claims are rebuilt; admin decisions on claims are carried over
// (matched by field + offsets, then field + value + sentence); corrections
// live on incidents and are applied by recomputeIncidents after the claims,
// so a corrected field is never overwritten and no correction is dropped. An
// incident whose claims all moved away but that has corrections stays.
import type { Db } from "@/lib/db/client";
import { extract as defaultExtract, EXTRACTOR_VERSION } from "@/lib/extract";
import type { Extraction, Language, ReportInput } from "@/lib/extract/types";
import { takeClaims, writeClaims } from "./claims";
import { recomputeIncidents } from "./derive";
import type { DbClient } from "./fields";
import { runnerOf, type Runner, type SqliteRunner } from "./runner";
import { sql } from "./sql";
import { kyivDay } from "./time";

export interface ReextractOptions {
  extract?: (input: ReportInput) => Extraction;
  /** Only articles whose stored extractorVersion differs from the extractor's. */
  staleOnly?: boolean;
  onArticle?: (done: number, total: number) => void;
  /** Bulk path for the CLI: a direct SQLite handle on the same file (see runner.ts). */
  fast?: SqliteRunner;
}

export interface ReextractSummary {
  articles: number;
  claimsBefore: number;
  claimsAfter: number;
  incidentsTouched: number;
  extractorVersion: string;
}

/**
 * Re-extract one current article in its own transaction; returns incident ids touched.
 * `alsoInTx` runs inside that transaction (the admin service writes its audit row there).
 */
export async function reextractArticle(
  db: Db,
  articleId: number,
  run: (i: ReportInput) => Extraction = defaultExtract,
  alsoInTx?: (tx: DbClient, r: { before: number; after: number; touched: number[]; extractorVersion: string }) => Promise<void>,
  fast?: SqliteRunner,
) {
  const a = await db.article.findUnique({ where: { id: articleId } });
  if (!a) throw new Error(`article ${articleId} does not exist`);
  if (!a.isCurrent) throw new Error(`article ${articleId} is an old version; only the current version has claims`);
  const ex = run({
    text: a.body, published: a.published ? kyivDay(a.published) : null, title: a.title, url: a.url, publisher: a.publisher,
    language: a.language as Language,
  });
  const rebuild = async (tx: Runner) => {
    const { prior, incidentIds } = await takeClaims(tx, a.id);
    const now = await writeClaims(tx, a.id, ex.claims, prior, true);
    await tx.execute(sql`UPDATE "Article" SET "extractorVersion" = ${ex.extractorVersion}, "language" = ${ex.language} WHERE "id" = ${a.id}`);
    const touched = [...new Set([...incidentIds, ...now])];
    await recomputeIncidents(tx, touched);
    return { before: prior.length, after: ex.claims.length, touched, extractorVersion: ex.extractorVersion };
  };
  if (fast && !alsoInTx) return fast.transaction(rebuild);
  return db.$transaction(async (tx) => {
    const result = await rebuild(runnerOf(tx));
    await alsoInTx?.(tx, result);
    return result;
  }, { timeout: 60_000 });
}

export async function reextractAll(db: Db, opts: ReextractOptions = {}): Promise<ReextractSummary> {
  const run = opts.extract ?? defaultExtract;
  const version = opts.extract ? run({ text: "" }).extractorVersion : EXTRACTOR_VERSION;
  const where = { isCurrent: true, ...(opts.staleOnly ? { extractorVersion: { not: version } } : {}) };
  const total = await db.article.count({ where });
  const summary: ReextractSummary = { articles: 0, claimsBefore: 0, claimsAfter: 0, incidentsTouched: 0, extractorVersion: version };
  const touched = new Set<number>();
  // Keyset paging over ids keeps memory flat however many articles there are.
  let after = 0;
  for (;;) {
    const page = await db.article.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: "asc" }, take: 200, select: { id: true } });
    if (page.length === 0) break;
    for (const { id } of page) {
      const r = await reextractArticle(db, id, run, undefined, opts.fast);
      summary.articles++;
      summary.claimsBefore += r.before;
      summary.claimsAfter += r.after;
      r.touched.forEach((t) => touched.add(t));
      opts.onArticle?.(summary.articles, total);
    }
    after = page[page.length - 1].id;
  }
  summary.incidentsTouched = touched.size;
  return summary;
}

// The one ingest path: the CLI, the admin form, the demo loader and the bench
// all call ingestReport. One transaction per article, so a failure leaves
// everything stored before it untouched.
import crypto from "node:crypto";
import { extract as defaultExtract, EXTRACTOR_VERSION } from "@/lib/extract";
import type { Extraction, Language, ReportInput } from "@/lib/extract/types";
import { takeClaims, writeClaims, type PriorDecision } from "./claims";
import { recomputeIncidents } from "./derive";
import { IngestError } from "./errors";
import type { Db } from "@/lib/db/client";
import { runnerOf, type Runner, type SqliteRunner } from "./runner";
import { bool, sql } from "./sql";
import { kyivDay, parsePublished } from "./time";

export const SOURCE_KINDS = ["file", "url", "feed", "json", "telegram", "form", "demo"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface ReportRecord {
  text: string;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  /** Date, "YYYY-MM-DD", ISO/RFC date-time or epoch seconds. */
  published?: string | number | Date | null;
  language?: Language | null;
  sourceKind?: SourceKind;
  /** Identity across versions; defaults to the url. Same key + new text = new version. */
  sourceKey?: string | null;
}

export interface IngestResult {
  status: "new" | "updated" | "unchanged";
  articleId: number;
  claims: number;
  incidentIds: number[];
}

export interface IngestOptions {
  /** Tests inject a deterministic extractor; everything else uses lib/extract. */
  extract?: (input: ReportInput) => Extraction;
  /**
   * Bulk ingest (CLI, bench): a direct SQLite handle on the same file as `db`,
   * which runs the same statements without Prisma's per-statement overhead.
   */
  fast?: SqliteRunner;
}

/** Texts that differ only in line endings, Unicode form or outer whitespace are the same report. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

export function contentHash(text: string): string {
  return crypto.createHash("sha256").update(normalizeText(text)).digest("hex");
}

const LANGS = new Set(["en", "uk", "ru"]);

export async function ingestReport(db: Db, rec: ReportRecord, opts: IngestOptions = {}): Promise<IngestResult> {
  if (typeof rec.text !== "string") throw new IngestError("no text");
  const body = normalizeText(rec.text);
  if (body === "") throw new IngestError("empty report (no text)");
  const hash = contentHash(body);
  const reader = opts.fast ?? runnerOf(db);
  const [existing] = await reader.query<{ id: number }>(sql`SELECT "id" FROM "Article" WHERE "contentHash" = ${hash}`);
  if (existing) return { status: "unchanged", articleId: Number(existing.id), claims: 0, incidentIds: [] };

  const published = parsePublished(rec.published);
  if (rec.published && !published) throw new IngestError(`unreadable published date "${String(rec.published)}"`);
  const language = rec.language && LANGS.has(rec.language) ? rec.language : null;
  const run = opts.extract ?? defaultExtract;
  // Extraction is pure and can be slow: do it before the transaction opens.
  const ex = run({ text: body, published: published ? kyivDay(published) : null, title: rec.title ?? null, url: rec.url ?? null, publisher: rec.publisher ?? null, language });
  const sourceKey = rec.sourceKey ?? rec.url ?? null;

  const store = async (tx: Runner): Promise<IngestResult> => {
    const [prevRow] = sourceKey
      ? await tx.query<{ id: number; hidden: unknown }>(
          sql`SELECT "id", "hidden" FROM "Article" WHERE "sourceKey" = ${sourceKey} AND "isCurrent" = ${true} ORDER BY "id" DESC LIMIT 1`,
        )
      : [];
    const previous = prevRow ? { id: Number(prevRow.id), hidden: bool(prevRow.hidden) } : null;
    // An admin's hiding of a source applies to its later versions too.
    const [row] = await tx.query<{ id: number }>(sql`
      INSERT INTO "Article" ("url", "title", "publisher", "published", "language", "body", "contentHash", "sourceKey", "ingestedAt",
        "extractorVersion", "sourceKind", "hidden", "isCurrent")
      VALUES (${rec.url ?? null}, ${rec.title ?? null}, ${rec.publisher ?? null}, ${published}, ${ex.language}, ${body}, ${hash}, ${sourceKey},
        ${new Date()}, ${ex.extractorVersion ?? EXTRACTOR_VERSION}, ${rec.sourceKind ?? "file"}, ${previous?.hidden ?? false}, ${true})
      RETURNING "id"`);
    const article = { id: Number(row.id) };
    let prior: PriorDecision[] = [];
    const touched = new Set<number>();
    if (previous) {
      const taken = await takeClaims(tx, previous.id);
      prior = taken.prior;
      taken.incidentIds.forEach((id) => touched.add(id));
      await tx.execute(sql`UPDATE "Article" SET "isCurrent" = ${false}, "supersededById" = ${article.id} WHERE "id" = ${previous.id}`);
    }
    for (const id of await writeClaims(tx, article.id, ex.claims, prior, false)) touched.add(id);
    await recomputeIncidents(tx, [...touched]);
    return { status: previous ? "updated" : "new", articleId: article.id, claims: ex.claims.length, incidentIds: [...touched] };
  };
  if (opts.fast) return opts.fast.transaction(store);
  return db.$transaction((tx) => store(runnerOf(tx)), { timeout: 60_000 });
}

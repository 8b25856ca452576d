// What stands behind a batch of incidents: their claims (with the article
// each came from) and their corrections, fetched with one query each per batch.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { counted as countedClaim, newestPerField } from "@/lib/services/in-force";

export interface ClaimRow {
  id: number;
  incidentId: number | null;
  articleId: number;
  field: string;
  value: number | null;
  qualifier: string;
  claimant: string | null;
  claimantSide: string | null;
  date: string;
  country: string;
  region: string | null;
  place: string | null;
  attacker: string | null;
  weapons: string;
  language: string;
  sentence: string;
  start: number;
  end: number;
  excluded: boolean;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: Date | null;
  ingestedAt: Date;
  extractorVersion: string;
  sourceKind: string;
  hidden: boolean;
  isCurrent: boolean;
}

export interface CorrectionRow {
  id: number;
  incidentId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  editor: string;
  createdAt: Date;
}

export const CLAIM_COLUMNS = Prisma.sql`c."id", c."incidentId", c."articleId", c."field", c."value", c."qualifier",
  c."claimant", c."claimantSide", c."date", c."country", c."region", c."place", c."attacker", c."weapons",
  c."language", c."sentence", c."start", c."end", c."excluded",
  a."url", a."title", a."publisher", a."published", a."ingestedAt", a."extractorVersion", a."sourceKind",
  a."hidden", a."isCurrent"`;

/** The derivation rule's test (TEAM.md): only these claims make the figures. */
export function counted(c: Pick<ClaimRow, "excluded" | "hidden" | "isCurrent">): boolean {
  return countedClaim({ excluded: c.excluded, article: c });
}

export interface Behind {
  claims: ClaimRow[];
  corrections: CorrectionRow[];
}

export async function loadBehind(db: Db, ids: number[]): Promise<Map<number, Behind>> {
  const out = new Map<number, Behind>(ids.map((id) => [id, { claims: [], corrections: [] }]));
  if (ids.length === 0) return out;
  const [claims, corrections] = await Promise.all([
    db.$queryRaw<ClaimRow[]>(Prisma.sql`
      SELECT ${CLAIM_COLUMNS} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."incidentId" IN (${Prisma.join(ids)}) ORDER BY c."id"`),
    loadCorrections(db, ids),
  ]);
  for (const c of claims) out.get(c.incidentId!)?.claims.push(c);
  for (const [id, rows] of corrections) out.get(id)!.corrections = rows;
  return out;
}

export interface ArticleInfo {
  id: number;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: Date | null;
  extractorVersion: string;
  sourceKind: string;
  hidden: boolean;
  isCurrent: boolean;
}

/** The few claim columns the incident exports read; the article is shared, not repeated per claim. */
export interface LeanClaim {
  id: number;
  incidentId: number;
  articleId: number;
  field: string;
  value: number | null;
  qualifier: string;
  claimant: string | null;
  /** Only for casualty claims, where the wording tells who the victims were. */
  sentence: string | null;
  excluded: boolean;
  article: ArticleInfo;
}

export function countedLean(c: LeanClaim): boolean {
  return countedClaim(c);
}

/**
 * For exports: claims and corrections of a batch of incidents, reading only
 * what the files need (every value read costs, at 500,000 claims), with each
 * article fetched once per batch.
 */
export async function loadLean(db: Db, ids: number[]): Promise<Map<number, { claims: LeanClaim[]; corrections: CorrectionRow[] }>> {
  const out = new Map<number, { claims: LeanClaim[]; corrections: CorrectionRow[] }>(ids.map((id) => [id, { claims: [], corrections: [] }]));
  if (ids.length === 0) return out;
  const [claims, corrections] = await Promise.all([
    db.$queryRaw<(Omit<LeanClaim, "article">)[]>(Prisma.sql`
      SELECT c."id", c."incidentId", c."articleId", c."field", c."value", c."qualifier", c."claimant", c."excluded",
        CASE WHEN c."field" IN ('killed', 'injured') THEN c."sentence" END AS "sentence"
      FROM "Claim" c WHERE c."incidentId" IN (${Prisma.join(ids)}) ORDER BY c."id"`),
    loadCorrections(db, ids),
  ]);
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const articles = new Map<number, ArticleInfo>();
  if (articleIds.length) {
    const rows = await db.$queryRaw<ArticleInfo[]>(Prisma.sql`
      SELECT a."id", a."url", a."title", a."publisher", a."published", a."extractorVersion", a."sourceKind", a."hidden", a."isCurrent"
      FROM "Article" a WHERE a."id" IN (${Prisma.join(articleIds)})`);
    for (const a of rows) articles.set(a.id, a);
  }
  for (const c of claims) {
    const article = articles.get(c.articleId);
    if (article) out.get(c.incidentId)?.claims.push({ ...c, article });
  }
  for (const [id, rows] of corrections) out.get(id)!.corrections = rows;
  return out;
}

/** Corrections per incident id, oldest first. */
export async function loadCorrections(db: Db, ids: number[]): Promise<Map<number, CorrectionRow[]>> {
  const out = new Map<number, CorrectionRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<CorrectionRow[]>(Prisma.sql`
    SELECT r."id", r."incidentId", r."field", r."oldValue", r."newValue", r."reason", r."editor", r."createdAt"
    FROM "Correction" r WHERE r."incidentId" IN (${Prisma.join(ids)}) ORDER BY r."createdAt", r."id"`);
  for (const r of rows) out.get(r.incidentId)?.push(r);
  return out;
}

export interface Provenance {
  /** Extractor versions of the articles whose claims make the figures. */
  extractorVersions: string[];
  corrections: CorrectionRow[];
}

/** For API pages: which extractor versions and corrections stand behind each incident. */
export async function loadProvenance(db: Db, ids: number[]): Promise<Map<number, Provenance>> {
  const out = new Map<number, Provenance>(ids.map((id) => [id, { extractorVersions: [], corrections: [] }]));
  if (ids.length === 0) return out;
  const [versions, corrections] = await Promise.all([
    db.$queryRaw<{ incidentId: number; v: string }[]>(Prisma.sql`
      SELECT DISTINCT c."incidentId" AS "incidentId", a."extractorVersion" AS "v"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."incidentId" IN (${Prisma.join(ids)}) AND c."excluded" = false AND a."hidden" = false AND a."isCurrent" = true
      ORDER BY 1, 2`),
    loadCorrections(db, ids),
  ]);
  for (const r of versions) out.get(r.incidentId)?.extractorVersions.push(r.v);
  for (const [id, rows] of corrections) out.get(id)!.corrections = rows;
  return out;
}

/** The newest correction per field: the ones whose values are in force. */
export function correctionsInForce(rows: CorrectionRow[]): CorrectionRow[] {
  return [...newestPerField(rows).values()].sort((a, b) => a.id - b.id);
}

/** Editors are admins' e-mail addresses; public files name them without the domain. */
export function editorName(editor: string): string {
  const at = editor.indexOf("@");
  return at > 0 ? editor.slice(0, at) : editor;
}

export function parseJsonText(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** "killed: 3 → 5 (2025-01-02, alice: reason)"; in-force corrections only, "; "-separated. */
export function describeCorrections(rows: CorrectionRow[]): string {
  return correctionsInForce(rows)
    .map((r) => {
      const day = r.createdAt.toISOString().slice(0, 10);
      return `${r.field}: ${r.oldValue ?? "null"} → ${r.newValue ?? "null"} (${day}, ${editorName(r.editor)}: ${r.reason})`;
    })
    .join("; ");
}

/** Distinct extractor versions of the articles whose claims count. */
export function extractorVersions(claims: LeanClaim[]): string {
  return [...new Set(claims.filter(countedLean).map((c) => c.article.extractorVersion))].sort().join(";");
}

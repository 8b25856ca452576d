// Articles: one report with its extracted spans, the list, and the facts the
// filters bar and the demo-data notice need.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { num } from "./sql";

/** A report with its claims in text order, or null when the id is unknown. */
export async function getArticle(db: Db, id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return db.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: { id: true, field: true, value: true, qualifier: true, start: true, end: true, incidentId: true, excluded: true, claimant: true, date: true, region: true, place: true },
      },
    },
  });
}
export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

export interface ArticleRow {
  id: number;
  title: string | null;
  publisher: string | null;
  published: Date | null;
  language: string;
  sourceKind: string;
  hidden: boolean;
  claims: number;
}

/** Newest reports first, with their number of claims (counted in SQL). */
export async function listArticles(db: Db, opts: { page?: number; pageSize?: number; publisher?: string } = {}): Promise<{ rows: ArticleRow[]; total: number; page: number; pageCount: number }> {
  const pageSize = Math.min(200, Math.max(1, opts.pageSize ?? 50));
  const where = opts.publisher ? Prisma.sql`a."publisher" = ${opts.publisher}` : Prisma.sql`1=1`;
  const countRows = await db.$queryRaw<{ n: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Article" a WHERE ${where}`);
  const total = num(countRows[0]?.n);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount, Math.max(1, Math.floor(opts.page ?? 1)));
  const ids = await db.$queryRaw<{ id: unknown; claims: unknown }[]>(Prisma.sql`
    SELECT a."id", (SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id") AS "claims"
    FROM "Article" a WHERE ${where}
    ORDER BY (a."published" IS NULL), a."published" DESC, a."id" DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  // Typed read of the page's rows, so dates come back as Date whatever the driver stores.
  const found = await db.article.findMany({
    where: { id: { in: ids.map((r) => num(r.id)) } },
    select: { id: true, title: true, publisher: true, published: true, language: true, sourceKind: true, hidden: true },
  });
  const byId = new Map(found.map((a) => [a.id, a]));
  const rows = ids.flatMap((r) => {
    const a = byId.get(num(r.id));
    return a ? [{ ...a, claims: num(r.claims) }] : [];
  });
  return { rows, total, page, pageCount };
}

/** Publishers for the filter's choices (at most 200, most reports first). */
export async function listPublishers(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ p: string }[]>(Prisma.sql`
    SELECT a."publisher" AS "p" FROM "Article" a WHERE a."publisher" IS NOT NULL AND a."hidden" = false
    GROUP BY a."publisher" ORDER BY COUNT(*) DESC, a."publisher" LIMIT 200`);
  return rows.map((r) => r.p);
}

/** True when the shown figures come from the bundled demo corpus (any demo article), for the notice. */
export async function hasDemoData(db: Db): Promise<boolean> {
  const rows = await db.$queryRaw<{ x: unknown }[]>(Prisma.sql`SELECT 1 AS "x" FROM "Article" a WHERE a."sourceKind" = 'demo' LIMIT 1`);
  return rows.length > 0;
}

export interface DatabaseCounts {
  articles: number;
  incidents: number;
  claims: number;
}

/** What the database holds, for the overview's footer line. */
export async function getDatabaseCounts(db: Db): Promise<DatabaseCounts> {
  const rows = await db.$queryRaw<{ articles: unknown; incidents: unknown; claims: unknown }[]>(Prisma.sql`
    SELECT (SELECT COUNT(*) FROM "Article") AS "articles",
           (SELECT COUNT(*) FROM "Incident") AS "incidents",
           (SELECT COUNT(*) FROM "Claim") AS "claims"`);
  return { articles: num(rows[0]?.articles), incidents: num(rows[0]?.incidents), claims: num(rows[0]?.claims) };
}

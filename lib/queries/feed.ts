// The incident feed: keyset pages on (date, id) for the API, and batched
// iteration over the same order for streaming exports.
//
// Keyset paging (WHERE (date, id) beyond the last row seen) rather than OFFSET:
// an incident ingested between two requests cannot shift the pages, so a
// client walking the feed sees every incident that existed when it started
// exactly once (and new ones only if they sort after its position). Depth
// costs nothing either: 0.1 ms at row 50,000 against ~1 ms for OFFSET.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import type { Counts } from "./sql";

export const MAX_LIMIT = 1000;

/** An Incident row as stored (JSON columns still text). */
export interface IncidentRow extends Counts {
  id: number;
  date: string;
  country: string;
  region: string | null;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  attacker: string | null;
  weapons: string;
  ranges: string;
  geoPrecision: number | null;
  sourceCount: number;
  reviewStatus: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = Prisma.sql`i."id", i."date", i."country", i."region", i."place", i."latitude", i."longitude",
  i."attacker", i."weapons", i."dronesLaunched", i."dronesDowned", i."missilesLaunched", i."missilesDowned",
  i."killed", i."injured", i."ranges", i."geoPrecision", i."sourceCount", i."reviewStatus", i."version",
  i."createdAt", i."updatedAt"`;

export type Order = "asc" | "desc";
export interface Position {
  date: string;
  id: number;
}

/** Cursors are opaque to clients; inside, the last row's (date, id) and the order it was read in. */
export function encodeCursor(p: Position, order: Order): string {
  return Buffer.from(`${order}|${p.date}|${p.id}`, "utf8").toString("base64url");
}

export class CursorError extends Error {}

export function decodeCursor(cursor: string, order: Order): Position {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(asc|desc)\|(\d{4}-\d{2}-\d{2})\|(\d{1,15})$/.exec(text);
  if (!m) throw new CursorError("not a cursor this API issued");
  if (m[1] !== order) throw new CursorError(`this cursor belongs to order=${m[1]}`);
  return { date: m[2], id: Number(m[3]) };
}

function after(p: Position | null, order: Order): Prisma.Sql {
  if (!p) return Prisma.sql`1=1`;
  // Spelled out rather than a row-value comparison, which not every SQL dialect indexes.
  return order === "asc"
    ? Prisma.sql`(i."date" > ${p.date} OR (i."date" = ${p.date} AND i."id" > ${p.id}))`
    : Prisma.sql`(i."date" < ${p.date} OR (i."date" = ${p.date} AND i."id" < ${p.id}))`;
}

async function readPage(db: Db, f: Filters, from: Position | null, order: Order, limit: number): Promise<IncidentRow[]> {
  const dir = order === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return db.$queryRaw<IncidentRow[]>(Prisma.sql`
    SELECT ${COLUMNS} FROM "Incident" i
    WHERE ${incidentWhere(f)} AND ${after(from, order)}
    ORDER BY i."date" ${dir}, i."id" ${dir}
    LIMIT ${limit}`);
}

export interface FeedPage {
  rows: IncidentRow[];
  nextCursor: string | null;
}

/** One page of the feed. `cursor` comes from a previous page (throws CursorError when malformed). */
export async function listIncidents(
  db: Db,
  f: Filters,
  opts: { cursor?: string; limit: number; order: Order },
): Promise<FeedPage> {
  const limit = Math.min(Math.max(1, Math.floor(opts.limit)), MAX_LIMIT);
  const from = opts.cursor ? decodeCursor(opts.cursor, opts.order) : null;
  // One row more than asked tells whether another page exists without a COUNT.
  const rows = await readPage(db, f, from, opts.order, limit + 1);
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const last = rows[rows.length - 1];
  return { rows, nextCursor: more && last ? encodeCursor(last, opts.order) : null };
}

/**
 * Every matching incident, oldest first, `batchSize` rows at a time (the first
 * batch `firstBatch`). Only one
 * batch is held at once, so a 100,000-row export runs in flat memory.
 */
export async function* iterateIncidents(db: Db, f: Filters, batchSize = 1000, firstBatch = Math.min(100, batchSize)): AsyncGenerator<IncidentRow[]> {
  let from: Position | null = null;
  // A small first batch gets the first rows to the client sooner; later ones amortise the query cost.
  let size = firstBatch;
  for (;;) {
    const rows = await readPage(db, f, from, "asc", size);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    size = batchSize;
    const last = rows[rows.length - 1];
    from = { date: last.date, id: last.id };
  }
}

export async function getIncidentRow(db: Db, id: number): Promise<IncidentRow | null> {
  const rows = await db.$queryRaw<IncidentRow[]>(Prisma.sql`SELECT ${COLUMNS} FROM "Incident" i WHERE i."id" = ${id}`);
  return rows[0] ?? null;
}

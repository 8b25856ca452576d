// Where the ingest hot path sends its SQL. Two executors of the same
// statements (Prisma.sql, double-quoted identifiers, bound values):
//   - a Prisma client or transaction client (the app, the admin services, tests);
//   - a direct better-sqlite3 handle with cached prepared statements, for bulk
//     ingest from the CLI and the bench: Prisma's per-statement overhead
//     (~0.5 ms, most of an article's cost) is what keeps 10,000 reports from
//     fitting in a minute. Values and results are converted to what Prisma
//     writes and reads, so rows are the same whichever path wrote them.
// SQLITE ONLY, knowingly: SqliteRunner (better-sqlite3, BEGIN IMMEDIATE, WAL,
// 0/1 booleans, "+00:00" timestamps) is a fast path for the CLI and the bench
// on the SQLite file. The statements it runs are the same portable ones the
// Prisma path runs; on PostgreSQL the CLI would use runnerOf(prismaClient)
// (or a pg-backed Runner) and this class would not be used.
import Database from "better-sqlite3";
import type { Prisma } from "@/lib/db/generated/client";
import type { DbClient } from "./fields";

export interface Runner {
  query<T = Record<string, unknown>>(s: Prisma.Sql): Promise<T[]>;
  execute(s: Prisma.Sql): Promise<number>;
}

export type SqlTarget = DbClient | Runner;

export function runnerOf(db: SqlTarget): Runner {
  if ("query" in db && "execute" in db && !("$queryRaw" in db)) return db as Runner;
  const c = db as DbClient;
  return { query: <T>(s: Prisma.Sql) => c.$queryRaw<T[]>(s), execute: (s: Prisma.Sql) => c.$executeRaw(s) };
}

/** Prisma stores DateTime in SQLite as ISO-8601 text with "+00:00"; write the same. */
function bind(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === undefined) return null;
  return v;
}

export class SqliteRunner implements Runner {
  private statements = new Map<string, Database.Statement>();
  readonly handle: Database.Database;

  constructor(file: string) {
    this.handle = new Database(file, { timeout: 10_000 });
    // WAL: readers (the app) keep reading while a batch writes.
    this.handle.pragma("journal_mode = WAL");
    // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last
    // commits, which re-running the (idempotent) ingest restores. It saves an
    // fsync per article, the largest single cost of a batch.
    this.handle.pragma("synchronous = NORMAL");
    this.handle.pragma("foreign_keys = ON");
  }

  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      // IN lists and multi-row inserts vary in length: bound the cache.
      if (this.statements.size > 2000) this.statements.clear();
      st = this.handle.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async query<T>(s: Prisma.Sql): Promise<T[]> {
    const st = this.stmt(s.sql);
    const values = s.values.map(bind);
    if (!st.reader) {
      st.run(...values);
      return [];
    }
    return st.all(...values) as T[];
  }

  async execute(s: Prisma.Sql): Promise<number> {
    return this.stmt(s.sql).run(...s.values.map(bind)).changes;
  }

  /** One transaction; the callback must not interleave with other work on this handle (ingest runs one article at a time). */
  async transaction<T>(fn: (r: Runner) => Promise<T>): Promise<T> {
    this.handle.exec("BEGIN IMMEDIATE");
    try {
      const out = await fn(this);
      this.handle.exec("COMMIT");
      return out;
    } catch (err) {
      if (this.handle.inTransaction) this.handle.exec("ROLLBACK");
      throw err;
    }
  }

  close(): void {
    this.statements.clear();
    this.handle.close();
  }
}

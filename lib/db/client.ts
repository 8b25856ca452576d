import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { sqlitePathFromUrl } from "./url";

export type Db = PrismaClient;

/** A client on the given SQLite file (tests and CLIs make their own). */
export function createDb(file: string = sqlitePathFromUrl()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

// One client per process; Next's dev server re-evaluates modules on every
// change, so the instance is parked on globalThis to survive hot reloads.
const holder = globalThis as unknown as { __strikewatchDb?: Db };

export function getDb(): Db {
  holder.__strikewatchDb ??= createDb();
  return holder.__strikewatchDb;
}

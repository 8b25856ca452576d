// Migrations without network: Prisma's schema engine compiled to WebAssembly,
// talking to SQLite through the same better-sqlite3 driver adapter as the app.
// History is Prisma's standard `_prisma_migrations` table, so a host with the
// native engine (`prisma migrate deploy`) sees the same state.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

const ROOT = path.resolve(__dirname, "..", "..");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string }>;
  free(): void;
};

let bgModule: { SchemaEngine: { new: (o: unknown, log: (s: string) => void, a: object) => Promise<Engine> } } | undefined;

/** Node 20 cannot import the package's .wasm directly, so instantiate it by hand. */
async function loadWasm() {
  if (bgModule) return bgModule;
  const require = createRequire(__filename);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(pathToFileURL(bgPath).href);
  const wasmPath = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  bgModule = bg;
  return bg;
}

/**
 * better-sqlite3 runs one statement per call, but the engine sends whole
 * migration scripts through executeRaw with no arguments: run those as scripts.
 */
function scriptTolerant(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q: SqlQuery) => {
    if (q.args.length === 0 && q.sql.split(";").filter((s) => s.trim()).length > 1) {
      await adapter.executeScript(q.sql);
      return 0;
    }
    return executeRaw(q);
  };
  return adapter;
}

/** The engine never closes its connections; `close` does, so the file is free for the app. */
function adapterFactory(file: string): SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> } {
  const base = new PrismaBetterSqlite3({ url: file });
  const open: SqlDriverAdapter[] = [];
  const track = (a: SqlDriverAdapter) => (open.push(a), scriptTolerant(a));
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    connectToShadowDb: async () => track(await base.connectToShadowDb()),
    close: async () => {
      await Promise.all(open.splice(0).map((a) => a.dispose().catch(() => {})));
    },
  };
}

export function readMigrationsList(dir = MIGRATIONS_DIR) {
  const lockPath = path.join(dir, "migration_lock.toml");
  const lock = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : 'provider = "sqlite"\n';
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "migration.sql"))).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") } },
    })),
  };
}

const FILTERS = { externalTables: [], externalEnums: [] };

async function withEngine<T>(file: string, fn: (engine: Engine, factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>) => Promise<T>): Promise<T> {
  const bg = await loadWasm();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const raw = adapterFactory(file);
  const factory = bindMigrationAwareSqlAdapterFactory(raw);
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, factory);
  try {
    return await fn(engine, factory);
  } catch (err) {
    throw explain(err, factory);
  } finally {
    engine.free();
    await raw.close();
  }
}

/** The engine reports driver failures as "External error id#N": fetch the real one. */
function explain(err: unknown, factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>): Error {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /External error id#(\d+)/.exec(msg);
  if (m) {
    const real = factory.errorRegistry.consumeError(Number(m[1]));
    if (real) return new Error(`${msg}: ${JSON.stringify(real.error)}`);
  }
  return err instanceof Error ? err : new Error(msg);
}

/** Apply pending migrations to the SQLite file; returns the names applied (none on a second run). */
export async function migrate(file: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  return withEngine(file, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(dir), filters: FILTERS });
    return out.appliedMigrationNames;
  }).finally(() => {
    // WAL lets the dashboard read while an ingest writes; the mode sticks to the file.
    if (file !== ":memory:") {
      const raw = new Database(file);
      raw.pragma("journal_mode = WAL");
      raw.close();
    }
  });
}

/** SQL that takes the migrations folder to prisma/schema.prisma ("" when nothing changed). */
export async function diffSchema(dir = MIGRATIONS_DIR): Promise<string> {
  // The engine replays the migrations on a shadow database; an in-memory one does.
  return withEngine(":memory:", async (engine) => {
    const out = await engine.diff({
      from: { tag: "migrations", ...readMigrationsList(dir) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    const sql = out.stdout.trim();
    return sql === "" || sql.startsWith("-- This is an empty migration.") ? "" : sql + "\n";
  });
}

/** Write prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff. */
export async function createMigration(name: string, dir = MIGRATIONS_DIR): Promise<string | null> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("migration name must contain letters or digits");
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(lock, 'provider = "sqlite"\n');
  }
  const sql = await diffSchema(dir);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = path.join(dir, `${stamp}_${slug}`);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "migration.sql"), sql);
  return target;
}

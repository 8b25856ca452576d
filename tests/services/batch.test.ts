import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/services/batch";
import { readInputs } from "@/lib/services/readers";
import { loadDemo, prepareData } from "@/cli/prepare-data";
import { createDb } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/db";
import { fakeExtractor } from "./fake-extract";
import { startServer } from "./server";

const ROOT = path.resolve(__dirname, "../..");
const FIX = path.join(ROOT, "tests/fixtures/ingest");
const extract = fakeExtractor();
let t: TestDb;
let srv: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  t = await createTestDb();
  srv = await startServer();
});
afterAll(async () => {
  await srv.close();
  await t.cleanup();
});

describe("batches", () => {
  it("a feed by URL: items fetched, stored, merged into one incident; the dead item counts as failed", async () => {
    const s = await ingestEvents(t.db, readInputs([`${srv.base}/feed.xml`]), { extract });
    expect(s).toMatchObject({ new: 2, failed: 1, unchanged: 0 });
    const inc = await t.db.incident.findUniqueOrThrow({ where: { mergeKey: "2025-03-02|UA|UA-63|RU" } });
    // Both pages carry the same published time, so the later-ingested one (8) is best.
    expect(JSON.parse(inc.ranges).killed).toEqual({ low: 6, best: 8, high: 8, sources: 2 });
    const again = await ingestEvents(t.db, readInputs([`${srv.base}/feed.xml`]), { extract });
    expect(again).toMatchObject({ new: 0, unchanged: 2, failed: 1 });
  });

  it("a newer Telegram export stores only new and edited messages", async () => {
    const v1 = await ingestEvents(t.db, readInputs([path.join(FIX, "telegram-v1.json")]), { extract });
    expect(v1).toMatchObject({ new: 2, skipped: 2, failed: 0 });
    const v2 = await ingestEvents(t.db, readInputs([path.join(FIX, "telegram-v2.json")]), { extract });
    expect(v2).toMatchObject({ new: 1, updated: 1, unchanged: 1, skipped: 2, failed: 0 });
    const edited = await t.db.article.findMany({ where: { sourceKey: "telegram:777001/3" }, orderBy: { id: "asc" } });
    expect(edited.map((a) => a.isCurrent)).toEqual([false, true]);
    expect(edited[1]).toMatchObject({ publisher: "Test Regional Administration", sourceKind: "telegram" });
    // published = date_unixtime: 2025-03-10 08:30 in Kyiv
    const inc = await t.db.incident.findUniqueOrThrow({ where: { mergeKey: "2025-03-10|UA|UA-59|RU" } });
    expect(inc.injured).toBe(4);
    expect(inc.killed).toBe(1);
    expect(inc.dronesDowned).toBe(12);
  });

  it("a malformed export harms nothing stored", async () => {
    const before = await t.db.article.count();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-tg-"));
    fs.writeFileSync(path.join(dir, "result.json"), '{"name":"X","id":1,"messages":[{"id":1,"type":"message","text":"no date"}]}');
    const s = await ingestEvents(t.db, readInputs([path.join(dir, "result.json")]), { extract });
    expect(s).toMatchObject({ new: 0, failed: 1 });
    expect(await t.db.article.count()).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("demo corpus", () => {
  it("loads into an empty database as sourceKind demo, and not again", async () => {
    const d = await createTestDb();
    const s = await loadDemo(d.db);
    expect(s.failed).toBe(0);
    expect(s.new).toBeGreaterThanOrEqual(55);
    const kinds = await d.db.article.groupBy({ by: ["sourceKind"], _count: true });
    expect(kinds).toEqual([{ sourceKind: "demo", _count: s.new }]);
    const langs = await d.db.article.findMany({ where: { sourceKey: { startsWith: "demo:reports/u" } }, select: { language: true } });
    expect(langs.length).toBe(5);
    // prepareData on a non-empty database does nothing.
    await prepareData(createDb(d.file));
    expect(await d.db.article.count()).toBe(s.new);
    await d.cleanup();
  });
});

describe("npm run ingest", () => {
  it("prints one line per bad input, a summary, and exits non-zero when anything failed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-cli-"));
    fs.writeFileSync(path.join(dir, "good.txt"), "A short report about nothing in particular.");
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-cli-db-"));
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dbDir, "cli.db")}` };
    const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
    const r = spawnSync(process.execPath, [tsx, "cli/ingest.ts", dir], { cwd: ROOT, env, encoding: "utf8" });
    expect(r.stderr).toContain(`FAILED ${path.join(dir, "empty.txt")}: empty file`);
    expect(r.stdout).toMatch(/new 1, updated 0, unchanged 0, failed 1, skipped 0/);
    expect(r.status).toBe(1);
    const ok = spawnSync(process.execPath, [tsx, "cli/ingest.ts", path.join(dir, "good.txt")], { cwd: ROOT, env, encoding: "utf8" });
    expect(ok.stdout).toMatch(/new 0, updated 0, unchanged 1, failed 0/);
    expect(ok.status).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dbDir, { recursive: true, force: true });
    fs.rmSync(dbDir, { recursive: true, force: true });
  }, 180_000); // two CLI start-ups (tsx, migrations, the extractor's gazetteer) on a busy shared machine
});

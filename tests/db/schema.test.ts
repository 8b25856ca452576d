import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration, migrate, readMigrationsList } from "@/lib/db/migrate";
import { createTestDb, type TestDb } from "../helpers/db";

describe("migrations", () => {
  it("apply to an empty database, and a second run applies nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-mig-"));
    const file = path.join(dir, "m.db");
    const first = await migrate(file);
    expect(first.length).toBe(readMigrationsList().migrationDirectories.length);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrate(file)).toEqual([]);
    // Standard Prisma history table, one finished row per migration.
    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare("SELECT migration_name, finished_at FROM _prisma_migrations").all() as { finished_at: unknown }[];
    raw.close();
    expect(rows).toHaveLength(first.length);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the schema has no changes that lack a migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-diff-"));
    const migrations = path.join(dir, "migrations");
    fs.cpSync(path.resolve(__dirname, "../../prisma/migrations"), migrations, { recursive: true });
    expect(await createMigration("check", migrations)).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("data model", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  async function article(hash: string) {
    return t.db.article.create({
      data: { url: `https://example.org/${hash}`, body: "Russia launched 12 drones overnight.", contentHash: hash, extractorVersion: "test" },
    });
  }

  it("round-trips an incident with its claims", async () => {
    const a = await article("h1");
    const inc = await t.db.incident.create({
      data: {
        date: "2025-04-25",
        country: "UA",
        attacker: "RU",
        weapons: JSON.stringify(["drone"]),
        dronesLaunched: 12,
        mergeKey: "2025-04-25|UA||RU",
        claims: {
          create: [
            { articleId: a.id, field: "drones_launched", value: 12, date: "2025-04-25", country: "UA", sentence: a.body, sentenceStart: 0, sentenceEnd: a.body.length, start: 16, end: 18 },
          ],
        },
      },
    });
    const back = await t.db.incident.findUniqueOrThrow({ where: { id: inc.id }, include: { claims: true } });
    expect(back.dronesLaunched).toBe(12);
    expect(back.region).toBeNull();
    expect(back.claims).toHaveLength(1);
    expect(back.claims[0].value).toBe(12);
    expect(a.body.slice(back.claims[0].start, back.claims[0].end)).toBe("12");
  });

  it("deleting an article deletes its claims but keeps the incident", async () => {
    const a = await article("h2");
    const inc = await t.db.incident.create({ data: { date: "2025-05-01", country: "UA", region: "UA-63", mergeKey: "2025-05-01|UA|UA-63|RU" } });
    await t.db.claim.create({
      data: { articleId: a.id, incidentId: inc.id, field: "killed", value: 2, date: "2025-05-01", country: "UA", region: "UA-63", sentence: "x", sentenceStart: 0, sentenceEnd: 1, start: 0, end: 1 },
    });
    await t.db.article.delete({ where: { id: a.id } });
    expect(await t.db.claim.count({ where: { articleId: a.id } })).toBe(0);
    expect(await t.db.incident.findUnique({ where: { id: inc.id } })).not.toBeNull();
  });

  it("refuses a second article with the same content hash", async () => {
    await article("h3");
    await expect(article("h3")).rejects.toThrow();
  });
});

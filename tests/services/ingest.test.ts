import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReport } from "@/lib/services/ingest";
import { reextractAll } from "@/lib/services/reextract";
import { recomputeIncidents } from "@/lib/services/derive";
import { createTestDb, type TestDb } from "../helpers/db";
import { fakeExtractor } from "./fake-extract";

let t: TestDb;
const extract = fakeExtractor();
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

describe("ingestReport", () => {
  it("stores a report once: the same text again is unchanged", async () => {
    const rec = { text: "Overnight 40 drones_launched in UA-63 on 2025-01-10.", url: "https://news.test/a", publisher: "P", published: "2025-01-10" };
    const first = await ingestReport(t.db, rec, { extract });
    expect(first.status).toBe("new");
    expect(first.claims).toBe(1);
    const again = await ingestReport(t.db, { ...rec, text: rec.text + "\r\n" }, { extract });
    expect(again).toMatchObject({ status: "unchanged", articleId: first.articleId });
    expect(await t.db.article.count({ where: { url: rec.url } })).toBe(1);
    const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: first.articleId } });
    expect(claim.sentence).toBe("40 drones_launched in UA-63 on 2025-01-10.");
    expect(rec.text.slice(claim.start, claim.end)).toBe("40");
    const art = await t.db.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(art.extractorVersion).toBe("fake-1");
    expect(art.sourceKey).toBe(rec.url);
  });

  it("refuses an empty report and stores nothing", async () => {
    const before = await t.db.article.count();
    await expect(ingestReport(t.db, { text: "  \n " }, { extract })).rejects.toThrow(/empty/);
    await expect(ingestReport(t.db, { text: "x", published: "yesterday-ish" }, { extract })).rejects.toThrow(/published/);
    expect(await t.db.article.count()).toBe(before);
  });

  it("merges two reports into one incident with low/best/high", async () => {
    const a = await ingestReport(t.db, { text: "Sources say 10 killed in UA-51 on 2025-02-03 by RU.", url: "https://a.test/1", published: "2025-02-03T08:00:00Z" }, { extract });
    const b = await ingestReport(t.db, { text: "Later: 14 killed in UA-51 on 2025-02-03 by RU.", url: "https://b.test/1", published: "2025-02-03T18:00:00Z" }, { extract });
    const c = await ingestReport(t.db, { text: "Earlier tally: 12 killed in UA-51 on 2025-02-03 by RU.", url: "https://c.test/1", published: "2025-02-03T10:00:00Z" }, { extract });
    expect(a.incidentIds).toEqual(b.incidentIds);
    expect(c.incidentIds).toEqual(a.incidentIds);
    const inc = await t.db.incident.findUniqueOrThrow({ where: { id: a.incidentIds[0] } });
    expect(inc.killed).toBe(14);
    expect(JSON.parse(inc.ranges).killed).toEqual({ low: 10, best: 14, high: 14, sources: 3 });
    expect(inc.sourceCount).toBe(3);
    expect(inc.mergeKey).toBe("2025-02-03|UA|UA-51|RU");
    // A different attacker is a different incident.
    const d = await ingestReport(t.db, { text: "Also 3 killed in UA-51 on 2025-02-03 by UA.", url: "https://d.test/1" }, { extract });
    expect(d.incidentIds[0]).not.toBe(a.incidentIds[0]);
  });

  it("a live page that grew becomes a new version; its claims replace the old ones", async () => {
    const url = "https://live.test/page";
    const v1 = await ingestReport(t.db, { text: "Update: 5 injured in UA-12 on 2025-03-01.", url, published: "2025-03-01T06:00:00Z" }, { extract });
    const v1Claim = await t.db.claim.findFirstOrThrow({ where: { articleId: v1.articleId } });
    await t.db.claim.update({ where: { id: v1Claim.id }, data: { excluded: true } });
    await t.db.article.update({ where: { id: v1.articleId }, data: { hidden: false } });
    const v2 = await ingestReport(t.db, {
      text: "Update: 5 injured in UA-12 on 2025-03-01. Later: 9 injured in UA-12 on 2025-03-01.", url, published: "2025-03-01T09:00:00Z",
    }, { extract });
    expect(v2.status).toBe("updated");
    const old = await t.db.article.findUniqueOrThrow({ where: { id: v1.articleId } });
    expect(old).toMatchObject({ isCurrent: false, supersededById: v2.articleId });
    expect(await t.db.claim.count({ where: { articleId: v1.articleId } })).toBe(0);
    const claims = await t.db.claim.findMany({ where: { articleId: v2.articleId }, orderBy: { start: "asc" } });
    expect(claims.map((c) => [c.value, c.excluded])).toEqual([[5, true], [9, false]]);
    const inc = await t.db.incident.findUniqueOrThrow({ where: { id: claims[0].incidentId! } });
    expect(inc.injured).toBe(9);
    expect(inc.sourceCount).toBe(1);
  });

  it("a correction survives reextract, and an incident left with only corrections stays", async () => {
    const r = await ingestReport(t.db, { text: "Report: 20 drones_downed in UA-18 on 2025-04-02.", url: "https://corr.test/1" }, { extract });
    const id = r.incidentIds[0];
    await t.db.correction.create({ data: { incidentId: id, field: "dronesDowned", oldValue: "20", newValue: "22", reason: "air force update", editor: "admin@test" } });
    await recomputeIncidents(t.db, [id]);
    expect((await t.db.incident.findUniqueOrThrow({ where: { id } })).dronesDowned).toBe(22);

    // Same extractor, new version label: claims rebuilt, correction still in force.
    const s1 = await reextractAll(t.db, { extract: fakeExtractor("fake-2") });
    expect(s1.articles).toBeGreaterThan(0);
    const art = await t.db.article.findUniqueOrThrow({ where: { id: r.articleId } });
    expect(art.extractorVersion).toBe("fake-2");
    let inc = await t.db.incident.findUniqueOrThrow({ where: { id } });
    expect(inc.dronesDowned).toBe(22);
    expect(JSON.parse(inc.ranges).dronesDowned.best).toBe(20);
    expect(await t.db.correction.count({ where: { incidentId: id } })).toBe(1);

    // An extractor that now finds nothing in that article: the corrected incident stays, uncorrected ones go.
    const blind = (i: Parameters<typeof extract>[0]) => (i.text.includes("UA-18") ? { ...extract(i), claims: [], extractorVersion: "fake-3" } : { ...extract(i), extractorVersion: "fake-3" });
    await reextractAll(t.db, { extract: blind });
    inc = await t.db.incident.findUniqueOrThrow({ where: { id } });
    expect(inc.dronesDowned).toBe(22);
    expect(inc.sourceCount).toBe(0);
    expect(await t.db.claim.count({ where: { incidentId: id } })).toBe(0);
  });

  it("reextract keeps exclusions and pins by offsets", async () => {
    const r = await ingestReport(t.db, { text: "Night: 7 missiles_launched in UA-46 on 2025-05-05. And 2 killed in UA-46 on 2025-05-05.", url: "https://pin.test/1" }, { extract });
    const other = await ingestReport(t.db, { text: "1 killed in UA-07 on 2025-05-05.", url: "https://pin.test/2" }, { extract });
    const [m, k] = await t.db.claim.findMany({ where: { articleId: r.articleId }, orderBy: { start: "asc" } });
    await t.db.claim.update({ where: { id: m.id }, data: { excluded: true } });
    await t.db.claim.update({ where: { id: k.id }, data: { pinnedIncidentId: other.incidentIds[0], incidentId: other.incidentIds[0] } });
    await recomputeIncidents(t.db, [r.incidentIds[0], other.incidentIds[0]]);
    await reextractAll(t.db, { extract: fakeExtractor("fake-4") });
    const [m2, k2] = await t.db.claim.findMany({ where: { articleId: r.articleId }, orderBy: { start: "asc" } });
    expect(m2.excluded).toBe(true);
    expect(k2.pinnedIncidentId).toBe(other.incidentIds[0]);
    expect(k2.incidentId).toBe(other.incidentIds[0]);
    const target = await t.db.incident.findUniqueOrThrow({ where: { id: other.incidentIds[0] } });
    // Both undated: the later-ingested article (1 killed) is the best value, the pinned claim widens the range.
    expect(target.killed).toBe(1);
    expect(JSON.parse(target.ranges).killed).toEqual({ low: 1, best: 1, high: 2, sources: 2 });
    expect(target.sourceCount).toBe(2);
  });
});

describe("the bulk path (direct SQLite handle)", () => {
  it("writes rows the Prisma path reads back the same, versions and all", async () => {
    const { SqliteRunner } = await import("@/lib/services/runner");
    const fast = new SqliteRunner(t.file);
    try {
      const url = "https://fast.test/live";
      const a = await ingestReport(t.db, { text: "First: 3 killed in UA-71 on 2025-06-06.", url, published: "2025-06-06T05:00:00Z", publisher: "F" }, { extract, fast });
      const b = await ingestReport(t.db, { text: "First: 3 killed in UA-71 on 2025-06-06. Then 4 killed in UA-71 on 2025-06-06.", url, published: "2025-06-06T09:00:00Z" }, { extract, fast });
      expect([a.status, b.status]).toEqual(["new", "updated"]);
      expect((await ingestReport(t.db, { text: "First: 3 killed in UA-71 on 2025-06-06.", url }, { extract, fast })).status).toBe("unchanged");
      const old = await t.db.article.findUniqueOrThrow({ where: { id: a.articleId } });
      const cur = await t.db.article.findUniqueOrThrow({ where: { id: b.articleId } });
      expect(old).toMatchObject({ isCurrent: false, hidden: false, supersededById: b.articleId, publisher: "F" });
      expect(cur.published?.toISOString()).toBe("2025-06-06T09:00:00.000Z");
      expect(cur.ingestedAt).toBeInstanceOf(Date);
      const inc = await t.db.incident.findUniqueOrThrow({ where: { mergeKey: "2025-06-06|UA|UA-71|RU" } });
      expect(inc.killed).toBe(4);
      expect(inc.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
      // A Prisma-path recompute of the same incident finds nothing to change.
      expect((await recomputeIncidents(t.db, [inc.id])).unchanged).toEqual([inc.id]);
      // Re-extraction through the same handle keeps the correction in force.
      await t.db.correction.create({ data: { incidentId: inc.id, field: "killed", oldValue: "4", newValue: "5", reason: "later toll", editor: "e" } });
      await reextractAll(t.db, { extract: fakeExtractor("fake-fast"), fast });
      const after = await t.db.incident.findUniqueOrThrow({ where: { id: inc.id } });
      expect(after.killed).toBe(5);
      expect((await t.db.article.findUniqueOrThrow({ where: { id: b.articleId } })).extractorVersion).toBe("fake-fast");
    } finally {
      fast.close();
    }
  });
});

describe("a failure inside the article's transaction", () => {
  it("rolls the whole article back: the previous version and its claims stay as they were", async () => {
    const url = "https://rollback.test/live";
    const v1 = await ingestReport(t.db, { text: "Start: 2 killed in UA-21 on 2025-07-07.", url }, { extract });
    const before = { articles: await t.db.article.count(), claims: await t.db.claim.count(), incidents: await t.db.incident.count() };
    // An extractor bug: a claim without a date violates NOT NULL half-way through the writes.
    const broken = (i: Parameters<typeof extract>[0]) => {
      const ex = extract(i);
      return { ...ex, claims: ex.claims.map((c, k) => (k === 1 ? { ...c, date: null as unknown as string } : c)) };
    };
    await expect(
      ingestReport(t.db, { text: "Start: 2 killed in UA-21 on 2025-07-07. Then 3 killed in UA-21 on 2025-07-07.", url }, { extract: broken }),
    ).rejects.toThrow();
    expect({ articles: await t.db.article.count(), claims: await t.db.claim.count(), incidents: await t.db.incident.count() }).toEqual(before);
    const still = await t.db.article.findUniqueOrThrow({ where: { id: v1.articleId } });
    expect(still.isCurrent).toBe(true);
    expect(await t.db.claim.count({ where: { articleId: v1.articleId } })).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/db";
import { excludeClaim, moveClaim, restoreClaim } from "@/lib/services/admin/claims";
import { hideArticle, reextractOne, restoreArticle } from "@/lib/services/admin/articles";
import { ingestReport } from "@/lib/services/ingest";
import { EDITOR, extract, extractor, report } from "./fixtures";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

const incident = (id: number) => t.db.incident.findUniqueOrThrow({ where: { id } });

describe("excludeClaim / restoreClaim", () => {
  it("a claim marked wrong leaves the figures, stays stored, survives re-extraction and re-ingest, and can be restored", async () => {
    const url = "https://live.test/exclude";
    const a = await report(t.db, "10 killed in UA-63 on 2025-05-01 by RU.", { url });
    await report(t.db, "7 killed in UA-63 on 2025-05-01 by RU.", { published: "2025-05-01T06:00:00Z" });
    const id = a.incidentIds[0];
    expect((await incident(id)).killed).toBe(10);
    const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: a.articleId } });
    const before = await incident(id);
    await excludeClaim(t.db, { claimId: claim.id, reason: "double-counted", editor: EDITOR });
    const after = await incident(id);
    expect(after.killed).toBe(7);
    expect(after.version).toBeGreaterThan(before.version);
    expect(await t.db.claim.count({ where: { articleId: a.articleId } })).toBe(1);

    await reextractOne(t.db, { articleId: a.articleId, editor: EDITOR }, extractor("fake-admin-2"));
    expect((await incident(id)).killed).toBe(7);
    // A new version of the page repeats the sentence: the decision carries over.
    await ingestReport(t.db, { text: "10 killed in UA-63 on 2025-05-01 by RU. More later.", url, published: "2025-05-01T10:00:00Z" }, { extract });
    expect((await incident(id)).killed).toBe(7);

    const current = await t.db.claim.findFirstOrThrow({ where: { article: { url, isCurrent: true } } });
    expect(current.excluded).toBe(true);
    await restoreClaim(t.db, { claimId: current.id, editor: EDITOR });
    expect((await incident(id)).killed).toBe(10);
    const events = await t.db.auditEvent.findMany({ where: { incidentId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["claim.exclude", "claim.restore"]);
    expect(events[0]).toMatchObject({ reason: "double-counted", editor: EDITOR });
  });

  it("requires a reason to exclude and refuses twice", async () => {
    const a = await report(t.db, "3 injured in UA-46 on 2025-05-02 by RU.");
    const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: a.articleId } });
    await expect(excludeClaim(t.db, { claimId: claim.id, reason: "", editor: EDITOR })).rejects.toThrow(/reason/);
    await excludeClaim(t.db, { claimId: claim.id, reason: "wrong day", editor: EDITOR });
    await expect(excludeClaim(t.db, { claimId: claim.id, reason: "again", editor: EDITOR })).rejects.toThrow(/already/);
    await expect(excludeClaim(t.db, { claimId: 999_999, reason: "none", editor: EDITOR })).rejects.toThrow(/does not exist/);
  });
});

describe("moveClaim", () => {
  it("moves and pins a claim; it stays there after re-extraction", async () => {
    const a = await report(t.db, "12 killed in UA-14 on 2025-05-03 by RU. 40 drones_launched in UA-14 on 2025-05-03 by RU.");
    const b = await report(t.db, "5 injured in UA-12 on 2025-05-03 by RU.");
    const [from, to] = [a.incidentIds[0], b.incidentIds[0]];
    const killed = await t.db.claim.findFirstOrThrow({ where: { articleId: a.articleId, field: "killed" } });
    const r = await moveClaim(t.db, { claimId: killed.id, toIncidentId: to, reason: "it was in Dnipro", editor: EDITOR });
    expect(r).toMatchObject({ from, to, sourceDeleted: false });
    expect([(await incident(from)).killed, (await incident(to)).killed]).toEqual([null, 12]);
    await reextractOne(t.db, { articleId: a.articleId, editor: EDITOR }, extractor("fake-admin-3"));
    expect([(await incident(from)).killed, (await incident(to)).killed]).toEqual([null, 12]);
    await expect(moveClaim(t.db, { claimId: killed.id, toIncidentId: 999_999, reason: "x y z", editor: EDITOR })).rejects.toThrow(/does not exist/);
  });
});

describe("hideArticle / restoreArticle / reextractOne", () => {
  it("a hidden article's claims leave the figures until it is restored, also across new versions", async () => {
    const url = "https://live.test/hide";
    const a = await report(t.db, "30 drones_launched in UA-51 on 2025-05-04 by RU.", { url });
    const b = await report(t.db, "25 drones_launched in UA-51 on 2025-05-04 by RU.", { published: "2025-05-04T05:00:00Z" });
    const id = a.incidentIds[0];
    await hideArticle(t.db, { articleId: a.articleId, reason: "unreliable source", editor: EDITOR });
    expect((await incident(id)).dronesLaunched).toBe(25);
    const v2 = await ingestReport(t.db, { text: "Update: 31 drones_launched in UA-51 on 2025-05-04 by RU.", url, published: "2025-05-04T12:00:00Z" }, { extract });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: v2.articleId } })).hidden).toBe(true);
    expect((await incident(id)).dronesLaunched).toBe(25);
    await restoreArticle(t.db, { articleId: v2.articleId, editor: EDITOR });
    expect((await incident(id)).dronesLaunched).toBe(31);
    await expect(restoreArticle(t.db, { articleId: v2.articleId, editor: EDITOR })).rejects.toThrow(/already shown/);
    await expect(hideArticle(t.db, { articleId: b.articleId, reason: "", editor: EDITOR })).rejects.toThrow(/reason/);
    const events = await t.db.auditEvent.findMany({ where: { action: { in: ["article.hide", "article.restore"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.articleId])).toEqual([["article.hide", a.articleId], ["article.restore", v2.articleId]]);
  });

  it("re-extraction is audited with its counts, and refused for an old version", async () => {
    const url = "https://live.test/reextract";
    const a = await report(t.db, "2 killed in UA-53 on 2025-05-05 by RU.", { url });
    await ingestReport(t.db, { text: "4 killed in UA-53 on 2025-05-05 by RU.", url, published: "2025-05-05T12:00:00Z" }, { extract });
    await expect(reextractOne(t.db, { articleId: a.articleId, editor: EDITOR })).rejects.toThrow(/old version/);
    const current = await t.db.article.findFirstOrThrow({ where: { url, isCurrent: true } });
    const r = await reextractOne(t.db, { articleId: current.id, editor: EDITOR }, extractor("fake-admin-9"));
    expect(r.extractorVersion).toBe("fake-admin-9");
    const ev = await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.reextract", articleId: current.id } });
    expect(JSON.parse(ev.detail)).toMatchObject({ before: 1, after: 1, extractorVersion: "fake-admin-9" });
  });
});

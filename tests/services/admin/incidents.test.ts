import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/db";
import { mergeIncidents, splitIncident } from "@/lib/services/admin/incidents";
import { correctIncident } from "@/lib/services/admin/corrections";
import { reextractOne } from "@/lib/services/admin/articles";
import { ingestReport } from "@/lib/services/ingest";
import { EDITOR, extract, extractor, report } from "./fixtures";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

const incident = (id: number) => t.db.incident.findUnique({ where: { id } });

describe("mergeIncidents", () => {
  it("moves the claims, aliases the absorbed key and keeps new claims with that key on the survivor", async () => {
    const a = await report(t.db, "50 drones_launched in UA-32 on 2025-06-01 by RU.", { published: "2025-06-01T12:00:00Z" });
    const b = await report(t.db, "48 drones_launched in UA-30 on 2025-06-01 by RU. 2 killed in UA-30 on 2025-06-01 by RU.");
    const [survivor, absorbed] = [a.incidentIds[0], b.incidentIds[0]];
    const abs = (await incident(absorbed))!;
    await correctIncident(t.db, { incidentId: absorbed, version: abs.version, changes: { injured: 1 }, reason: "hospital", editor: EDITOR });
    const r = await mergeIncidents(t.db, { survivorId: survivor, absorbedId: absorbed, reason: "same wave, city and oblast", editor: EDITOR });
    expect(r.claimsMoved).toBe(2);
    expect(await incident(absorbed)).toBeNull();
    const s = (await incident(survivor))!;
    expect([s.dronesLaunched, s.killed, s.sourceCount]).toEqual([50, 2, 2]);
    expect(JSON.parse(s.ranges).dronesLaunched).toMatchObject({ low: 48, high: 50 });
    expect(await t.db.incidentAlias.findUnique({ where: { mergeKey: abs.mergeKey } })).toMatchObject({ incidentId: survivor });

    // Re-extraction and a new report with the absorbed key land on the survivor.
    await reextractOne(t.db, { articleId: b.articleId, editor: EDITOR }, extractor("fake-admin-2"));
    const c = await report(t.db, "3 killed in UA-30 on 2025-06-01 by RU.", { published: "2025-06-02T09:00:00Z" });
    expect(c.incidentIds).toEqual([survivor]);
    expect((await incident(survivor))!.killed).toBe(3);

    const ev = await t.db.auditEvent.findFirstOrThrow({ where: { action: "merge", incidentId: survivor } });
    expect(JSON.parse(ev.detail)).toMatchObject({ absorbedId: absorbed, claimsMoved: 2, corrections: [{ field: "injured", newValue: "1" }] });
    expect(await t.db.auditEvent.count({ where: { action: "merged-into", incidentId: absorbed } })).toBe(1);
  });

  it("refuses the same incident twice, missing ones and different countries, changing nothing", async () => {
    const a = await report(t.db, "5 killed in UA-63 on 2025-06-03 by RU.");
    const b = await report(t.db, "5 killed in RU-BEL on 2025-06-03 by UA.");
    await expect(mergeIncidents(t.db, { survivorId: a.incidentIds[0], absorbedId: a.incidentIds[0], reason: "oops", editor: EDITOR })).rejects.toThrow(/two different/);
    await expect(mergeIncidents(t.db, { survivorId: a.incidentIds[0], absorbedId: 999_999, reason: "oops", editor: EDITOR })).rejects.toThrow(/does not exist/);
    await expect(mergeIncidents(t.db, { survivorId: a.incidentIds[0], absorbedId: b.incidentIds[0], reason: "oops", editor: EDITOR })).rejects.toThrow(/different countries/);
    expect(await incident(b.incidentIds[0])).not.toBeNull();
  });
});

describe("splitIncident", () => {
  it("pins the chosen claims on a new incident, which survives re-extraction", async () => {
    const url = "https://live.test/split";
    const a = await report(t.db, "6 killed in UA-23 on 2025-06-05 by RU. 20 injured in UA-23 on 2025-06-05 by RU.", { url });
    const id = a.incidentIds[0];
    const injured = await t.db.claim.findFirstOrThrow({ where: { articleId: a.articleId, field: "injured" } });
    const { newIncidentId } = await splitIncident(t.db, { incidentId: id, claimIds: [injured.id], reason: "separate strike in the evening", editor: EDITOR });
    const [orig, split] = [(await incident(id))!, (await incident(newIncidentId))!];
    expect([orig.killed, orig.injured, split.killed, split.injured]).toEqual([6, null, null, 20]);
    expect([split.date, split.region, split.attacker]).toEqual(["2025-06-05", "UA-23", "RU"]);
    await reextractOne(t.db, { articleId: a.articleId, editor: EDITOR }, extractor("fake-admin-2"));
    expect((await incident(newIncidentId))!.injured).toBe(20);
    expect((await incident(id))!.injured).toBeNull();
    // A new version of the page repeating the sentence keeps the split.
    await ingestReport(t.db, { text: "6 killed in UA-23 on 2025-06-05 by RU. 20 injured in UA-23 on 2025-06-05 by RU. Updated.", url, published: "2025-06-05T15:00:00Z" }, { extract });
    expect([(await incident(id))!.injured, (await incident(newIncidentId))!.injured]).toEqual([null, 20]);
  });

  it("refuses claims of another incident, or all of them", async () => {
    const a = await report(t.db, "1 killed in UA-26 on 2025-06-06 by RU.");
    const b = await report(t.db, "1 killed in UA-07 on 2025-06-06 by RU.");
    const ca = await t.db.claim.findFirstOrThrow({ where: { articleId: a.articleId } });
    const cb = await t.db.claim.findFirstOrThrow({ where: { articleId: b.articleId } });
    await expect(splitIncident(t.db, { incidentId: a.incidentIds[0], claimIds: [cb.id], reason: "wrong", editor: EDITOR })).rejects.toThrow(/is not on incident/);
    await expect(splitIncident(t.db, { incidentId: a.incidentIds[0], claimIds: [ca.id], reason: "all", editor: EDITOR })).rejects.toThrow(/at least one/);
    await expect(splitIncident(t.db, { incidentId: a.incidentIds[0], claimIds: [], reason: "none", editor: EDITOR })).rejects.toThrow(/choose/);
  });
});

describe("sameDayIncidents", () => {
  it("lists the other incidents of that day and country, not itself or other days", async () => {
    const { sameDayIncidents } = await import("@/lib/services/admin/read");
    const a = await report(t.db, "2 killed in UA-35 on 2025-06-09 by RU.");
    const b = await report(t.db, "3 killed in UA-35 on 2025-06-09 by UA.");
    const c = await report(t.db, "4 killed in UA-35 on 2025-06-10 by RU.");
    const d = await report(t.db, "5 killed in RU-KRS on 2025-06-09 by UA.");
    const inc = (await incident(a.incidentIds[0]))!;
    const ids = (await sameDayIncidents(t.db, inc)).map((n) => n.id);
    expect(ids).toContain(b.incidentIds[0]);
    expect(ids).not.toContain(inc.id);
    expect(ids).not.toContain(c.incidentIds[0]);
    expect(ids).not.toContain(d.incidentIds[0]);
  });
});

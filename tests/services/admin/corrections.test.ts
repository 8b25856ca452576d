import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/db";
import { correctIncident, revertCorrection } from "@/lib/services/admin/corrections";
import { reextractOne } from "@/lib/services/admin/articles";
import { ingestReport } from "@/lib/services/ingest";
import { EDITOR, extract, extractor, report } from "./fixtures";

let t: TestDb;
let day = 0;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

async function incidentOf(text: string, url?: string) {
  const r = await report(t.db, text, { url });
  return { articleId: r.articleId, incident: await t.db.incident.findUniqueOrThrow({ where: { id: r.incidentIds[0] } }) };
}

describe("correctIncident", () => {
  it("writes one correction per changed field, applies it and bumps the version", async () => {
    const { incident } = await incidentOf("Overnight 40 drones_launched in UA-63 at Kharkiv on 2025-04-01 by RU. Also 3 killed in UA-63 on 2025-04-01 by RU.");
    expect(incident.killed).toBe(3);
    const r = await correctIncident(t.db, {
      incidentId: incident.id, version: incident.version, editor: EDITOR, reason: "air force update",
      changes: { killed: 4, dronesLaunched: 40, weapons: ["missile", "drone"], place: "Kharkiv" },
    });
    // Only killed and weapons differ from the values in force.
    expect(r.changed.map((c) => c.field).sort()).toEqual(["killed", "weapons"]);
    expect(r.version).toBeGreaterThan(incident.version);
    const rows = await t.db.correction.findMany({ where: { incidentId: incident.id }, orderBy: { field: "asc" } });
    expect(rows.map((c) => [c.field, c.oldValue, c.newValue, c.editor, c.reason])).toEqual([
      ["killed", "3", "4", EDITOR, "air force update"],
      ["weapons", '["drone"]', '["drone","missile"]', EDITOR, "air force update"],
    ]);
    const after = await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(after.killed).toBe(4);
    expect(after.weapons).toBe('["drone","missile"]');
    expect(after.version).toBe(r.version);
  });

  it("refuses a stale form and writes nothing", async () => {
    const { incident } = await incidentOf("5 injured in UA-46 on 2025-04-02 by RU.");
    await correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: 6 }, reason: "first editor", editor: EDITOR });
    await expect(
      correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: 7 }, reason: "second editor", editor: "b@example.org" }),
    ).rejects.toThrow(/someone changed this incident since you opened it/);
    expect(await t.db.correction.count({ where: { incidentId: incident.id } })).toBe(1);
    expect((await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).injured).toBe(6);
  });

  it("two editors saving the same version at once: exactly one wins", async () => {
    const { incident } = await incidentOf("7 injured in UA-59 on 2025-04-08 by RU.");
    const save = (n: number) => correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: n }, reason: `editor ${n}`, editor: `e${n}@example.org` });
    const results = await Promise.allSettled([save(8), save(9)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(/someone changed/);
    expect(await t.db.correction.count({ where: { incidentId: incident.id } })).toBe(1);
  });

  it.each([
    ["a negative count", { killed: -1 }, "killed", /negative/],
    ["a fraction", { killed: 2.5 }, "killed", /whole number/],
    ["a date in 2099", { date: "2099-01-01" }, "date", /future/],
    ["a date that does not exist", { date: "2025-02-30" }, "date", /calendar/],
    ["a 10 MB place", { place: "x".repeat(10_000_000) }, "place", /at most 120/],
    ["an unknown region code", { region: "UA-99" }, "region", /not a known region/],
    ["a region in the other country", { region: "RU-BEL" }, "region", /not in UA/],
    ["an unknown attacker", { attacker: "FR" }, "attacker", /RU, UA/],
    ["an unknown weapon", { weapons: ["laser"] }, "weapons", /weapon/],
    ["a field that cannot be corrected", { country: "RU" }, "country", /not a field/],
  ])("refuses %s with a message on the field and changes nothing", async (_label, changes, field, msg) => {
    const { incident } = await incidentOf(`2 killed in UA-12 on 2025-03-${String(++day).padStart(2, "0")} by RU.`);
    const err = await correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: changes as never, reason: "try", editor: EDITOR }).catch((e) => e);
    expect(err.message).toMatch(msg);
    expect(err.field).toBe(field);
    expect(await t.db.correction.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toEqual(incident);
  });

  it("requires a reason and a change", async () => {
    const { incident } = await incidentOf("8 injured in UA-14 on 2025-04-04 by RU.");
    await expect(correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: 9 }, reason: "  ", editor: EDITOR })).rejects.toThrow(/reason/);
    await expect(correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: 8 }, reason: "same", editor: EDITOR })).rejects.toThrow(/nothing to save/);
  });

  it("survives re-extraction and a new version of the page", async () => {
    const url = "https://live.test/correct";
    const { incident, articleId } = await incidentOf("10 killed in UA-51 on 2025-04-05 by RU.", url);
    const r = await correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { killed: 12, region: "UA-53" }, reason: "regional administration", editor: EDITOR });
    await reextractOne(t.db, { articleId, editor: EDITOR }, extractor("fake-admin-2"));
    let now = await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect([now.killed, now.region]).toEqual([12, "UA-53"]);
    expect(now.version).toBeGreaterThanOrEqual(r.version);
    // The page grows: a new version says 11; the correction still stands, the range records 11.
    await ingestReport(t.db, { text: "Update: 11 killed in UA-51 on 2025-04-05 by RU.", url, published: "2025-04-05T12:00:00Z" }, { extract });
    now = await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(now.killed).toBe(12);
    expect(JSON.parse(now.ranges).killed.best).toBe(11);
  });

  it("reverting is a new correction back to the earlier value", async () => {
    const { incident } = await incidentOf("20 drones_launched in UA-18 on 2025-04-06 by RU.");
    const first = await correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { dronesLaunched: 200 }, reason: "typo?", editor: EDITOR });
    const back = await revertCorrection(t.db, { correctionId: first.changed[0].correctionId, version: first.version, reason: "it was right", editor: EDITOR });
    expect(back.changed).toMatchObject([{ field: "dronesLaunched", oldValue: 200, newValue: 20 }]);
    const rows = await t.db.correction.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(rows.map((c) => c.newValue)).toEqual(["200", "20"]);
    expect(rows[1].reason).toMatch(/revert of correction #\d+: it was right/);
    expect((await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).dronesLaunched).toBe(20);
  });

  it("a correction to null (not reported) stands over a derived value", async () => {
    const { incident } = await incidentOf("4 injured in UA-21 on 2025-04-07 by RU.");
    await correctIncident(t.db, { incidentId: incident.id, version: incident.version, changes: { injured: null, place: "Uzhhorod" }, reason: "misread", editor: EDITOR });
    const now = await t.db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect([now.injured, now.place]).toEqual([null, "Uzhhorod"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/db";
import { markReviewed, reviewQueue, setReviewStatus } from "@/lib/services/admin/review";
import { EDITOR, report } from "./fixtures";
import { CORRECTABLE_FIELDS } from "@/lib/fields";
import { valueSchemas } from "@/lib/validation/incident";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

// The field list is defined once (lib/fields); validation must have a rule for each.
it("validation and derive agree on the correctable fields", () => {
  expect([...CORRECTABLE_FIELDS].sort()).toEqual(Object.keys(valueSchemas).sort());
});

describe("reviewQueue", () => {
  it("orders by impact: deaths, then disagreeing sources, then vague place, then approximate counts", async () => {
    const place = "Kharkiv";
    const approx = await report(t.db, `~40 drones_launched in UA-63 at ${place} on 2025-07-01 by RU.`);
    const vaguePlace = await report(t.db, "40 drones_launched in UA-46 on 2025-07-02 by RU.");
    const conflict = await report(t.db, `10 drones_launched in UA-12 at ${place} on 2025-07-03 by RU.`);
    await report(t.db, `30 drones_launched in UA-12 at ${place} on 2025-07-03 by RU.`, { published: "2025-07-03T12:00:00Z" });
    const deaths = await report(t.db, `2 killed in UA-14 at ${place} on 2025-07-04 by RU.`);
    const fine = await report(t.db, `5 drones_launched in UA-18 at ${place} on 2025-07-05 by RU.`);
    // geoPrecision comes from the place gazetteer; set it here so the test pins the queue rule only.
    await t.db.incident.updateMany({ where: { place: { not: null } }, data: { geoPrecision: 1 } });

    const q = await reviewQueue(t.db);
    const order = q.items.map((i) => i.id);
    expect(order).toEqual([deaths.incidentIds[0], conflict.incidentIds[0], vaguePlace.incidentIds[0], approx.incidentIds[0]]);
    expect(order).not.toContain(fine.incidentIds[0]);
    expect(q.items[1].reasons.join()).toMatch(/sources disagree on drones launched: 10–30/);
    expect(q.items[3].reasons.join()).toMatch(/only approximate/);

    const top = q.items[0];
    await markReviewed(t.db, { incidentId: top.id, version: top.version, editor: EDITOR });
    expect((await reviewQueue(t.db)).items.map((i) => i.id)).not.toContain(top.id);
    expect(await t.db.auditEvent.findFirst({ where: { action: "review", incidentId: top.id } })).toMatchObject({ editor: EDITOR, detail: '{"from":"unreviewed","to":"reviewed"}' });
  });

  it("pages through the queue with a stable total", async () => {
    const all = await reviewQueue(t.db, { limit: 500 });
    expect(all.total).toBe(all.items.length);
    const second = await reviewQueue(t.db, { limit: 1, offset: 1 });
    expect(second).toEqual({ items: [all.items[1]], total: all.total });
    expect(await reviewQueue(t.db, { limit: 10, offset: all.total + 5 })).toEqual({ items: [], total: all.total });
  });

  it("more deaths outrank fewer deaths with extra problems", async () => {
    const few = await report(t.db, "1 killed in UA-07 on 2025-07-20 by RU.");
    const many = await report(t.db, "9 killed in UA-26 at Kalush on 2025-07-20 by RU.");
    await t.db.incident.update({ where: { id: many.incidentIds[0] }, data: { geoPrecision: 1 } });
    const order = (await reviewQueue(t.db)).items.map((i) => i.id);
    expect(order.indexOf(many.incidentIds[0])).toBeLessThan(order.indexOf(few.incidentIds[0]));
  });

  it("a flagged incident comes first; marking reviewed a stale view is refused", async () => {
    const r = await report(t.db, "1 injured in UA-05 at Vinnytsia on 2025-07-09 by RU.");
    const inc = await t.db.incident.findUniqueOrThrow({ where: { id: r.incidentIds[0] } });
    const { version } = await setReviewStatus(t.db, { incidentId: inc.id, version: inc.version, status: "flagged", editor: EDITOR, reason: "check the source" });
    expect((await reviewQueue(t.db)).items[0].id).toBe(inc.id);
    await expect(markReviewed(t.db, { incidentId: inc.id, version: inc.version, editor: EDITOR })).rejects.toThrow(/someone changed/);
    await markReviewed(t.db, { incidentId: inc.id, version, editor: EDITOR });
    await expect(markReviewed(t.db, { incidentId: inc.id, version: version + 1, editor: EDITOR })).rejects.toThrow(/already reviewed/);
  });
});

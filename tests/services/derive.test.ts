import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeIncidents } from "@/lib/services/derive";
import { createTestDb, type TestDb } from "../helpers/db";
import { addArticle, addClaim } from "./helpers";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

describe("recomputeIncidents", () => {
  it("best = most recent article, low/high over articles, per-article max, sourceCount", async () => {
    const { db } = t;
    const older = await addArticle(db, { published: "2025-02-01T06:00:00Z" });
    const newer = await addArticle(db, { published: "2025-02-01T12:00:00Z" });
    const c1 = await addClaim(db, older.id, { field: "drones_launched", value: 120, date: "2025-02-01", place: "Kharkiv", weapons: ["drone"] });
    // Two claims in one article: the article's value is their max (130).
    await addClaim(db, older.id, { field: "drones_launched", value: 130, date: "2025-02-01" });
    await addClaim(db, newer.id, { field: "drones_launched", value: 125, date: "2025-02-01", weapons: ["missile"] });
    await addClaim(db, newer.id, { field: "killed", value: 2, date: "2025-02-01" });
    const id = c1.incidentId!;
    const r = await recomputeIncidents(db, [id]);
    expect(r.updated).toEqual([id]);
    const inc = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(inc.dronesLaunched).toBe(125);
    expect(inc.killed).toBe(2);
    expect(inc.injured).toBeNull();
    expect(JSON.parse(inc.ranges)).toEqual({
      dronesLaunched: { low: 125, best: 125, high: 130, sources: 2 },
      killed: { low: 2, best: 2, high: 2, sources: 1 },
    });
    expect(inc.sourceCount).toBe(2);
    expect(inc.place).toBe("Kharkiv");
    expect(JSON.parse(inc.weapons)).toEqual(["drone", "missile"]);
    expect(inc.mergeKey).toBe("2025-02-01|UA|UA-63|RU");

    // Nothing changed: no version bump.
    const again = await recomputeIncidents(db, [id]);
    expect(again.unchanged).toEqual([id]);
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).version).toBe(inc.version);
  });

  it("keeps each side's figure when both sides claim the same field", async () => {
    const { db } = t;
    const ru = await addArticle(db, { published: "2025-09-01T06:00:00Z" });
    const ua = await addArticle(db, { published: "2025-09-01T09:00:00Z" });
    const c = await addClaim(db, ru.id, { field: "drones_downed", value: 40, date: "2025-09-01", country: "RU", region: "RU-BEL", attacker: "UA", claimantSide: "RU" });
    await addClaim(db, ua.id, { field: "drones_downed", value: 12, date: "2025-09-01", country: "RU", region: "RU-BEL", attacker: "UA", claimantSide: "UA" });
    await recomputeIncidents(db, [c.incidentId!]);
    const inc = await db.incident.findUniqueOrThrow({ where: { id: c.incidentId! } });
    expect(inc.dronesDowned).toBe(12);
    expect(JSON.parse(inc.ranges).dronesDowned).toEqual({
      low: 12, best: 12, high: 40, sources: 2,
      bySide: { RU: { low: 40, best: 40, high: 40, sources: 1 }, UA: { low: 12, best: 12, high: 12, sources: 1 } },
    });
  });

  it("leaves out excluded claims and hidden or superseded articles", async () => {
    const { db } = t;
    const a = await addArticle(db, { published: "2025-03-01T06:00:00Z" });
    const hidden = await addArticle(db, { published: "2025-03-02T06:00:00Z", hidden: true });
    const old = await addArticle(db, { published: "2025-03-03T06:00:00Z", isCurrent: false });
    const c = await addClaim(db, a.id, { field: "missiles_launched", value: 10, date: "2025-03-01" });
    await addClaim(db, a.id, { field: "missiles_launched", value: 99, date: "2025-03-01", excluded: true });
    await addClaim(db, hidden.id, { field: "missiles_launched", value: 50, date: "2025-03-01" });
    await addClaim(db, old.id, { field: "missiles_launched", value: 60, date: "2025-03-01" });
    await recomputeIncidents(db, [c.incidentId!]);
    const inc = await db.incident.findUniqueOrThrow({ where: { id: c.incidentId! } });
    expect(inc.missilesLaunched).toBe(10);
    expect(JSON.parse(inc.ranges).missilesLaunched).toEqual({ low: 10, best: 10, high: 10, sources: 1 });
    expect(inc.sourceCount).toBe(1);
  });

  it("an undated article counts as older than a dated one", async () => {
    const { db } = t;
    const dated = await addArticle(db, { published: "2025-04-01T06:00:00Z" });
    const undated = await addArticle(db, { published: null });
    const c = await addClaim(db, dated.id, { field: "injured", value: 4, date: "2025-04-01" });
    await addClaim(db, undated.id, { field: "injured", value: 9, date: "2025-04-01" });
    await recomputeIncidents(db, [c.incidentId!]);
    expect((await db.incident.findUniqueOrThrow({ where: { id: c.incidentId! } })).injured).toBe(4);
  });

  it("the newest correction overrides the derived value, and bumps the version", async () => {
    const { db } = t;
    const a = await addArticle(db);
    const c = await addClaim(db, a.id, { field: "killed", value: 3, date: "2025-05-01", place: "Sumy" });
    const id = c.incidentId!;
    await recomputeIncidents(db, [id]);
    const before = await db.incident.findUniqueOrThrow({ where: { id } });
    await db.correction.create({ data: { incidentId: id, field: "killed", oldValue: "3", newValue: "5", reason: "r", editor: "e", createdAt: new Date("2025-05-02") } });
    await db.correction.create({ data: { incidentId: id, field: "killed", oldValue: "5", newValue: "4", reason: "r", editor: "e", createdAt: new Date("2025-05-03") } });
    await db.correction.create({ data: { incidentId: id, field: "place", oldValue: '"Sumy"', newValue: '"Shostka"', reason: "r", editor: "e" } });
    await db.correction.create({ data: { incidentId: id, field: "weapons", oldValue: "[]", newValue: '["glide_bomb"]', reason: "r", editor: "e" } });
    await recomputeIncidents(db, [id]);
    const after = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(after.killed).toBe(4);
    expect(after.place).toBe("Shostka");
    expect(after.weapons).toBe('["glide_bomb"]');
    expect(after.version).toBe(before.version + 1);
    // The derived spread is still recorded beside the override.
    expect(JSON.parse(after.ranges).killed.best).toBe(3);
  });

  it("deletes an incident with no claims and no corrections, keeps one with corrections", async () => {
    const { db } = t;
    const a = await addArticle(db);
    const c1 = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-06-01" });
    const c2 = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-06-02" });
    await db.correction.create({ data: { incidentId: c2.incidentId!, field: "killed", newValue: "2", reason: "r", editor: "e" } });
    await db.claim.deleteMany({ where: { id: { in: [c1.id, c2.id] } } });
    const r = await recomputeIncidents(db, [c1.incidentId!, c2.incidentId!, 999_999]);
    expect(r.deleted).toEqual([c1.incidentId]);
    const kept = await db.incident.findUniqueOrThrow({ where: { id: c2.incidentId! } });
    expect(kept.killed).toBe(2);
    expect(kept.sourceCount).toBe(0);
  });

  it("runs inside a transaction client", async () => {
    const { db } = t;
    const a = await addArticle(db);
    const c = await addClaim(db, a.id, { field: "drones_downed", value: 7, date: "2025-07-01" });
    await db.$transaction(async (tx) => recomputeIncidents(tx, [c.incidentId!]));
    expect((await db.incident.findUniqueOrThrow({ where: { id: c.incidentId! } })).dronesDowned).toBe(7);
  });
});

describe("claim to incident assignment", () => {
  it("merges by key, follows aliases, honours pins", async () => {
    const { db } = t;
    const a = await addArticle(db);
    const b = await addArticle(db);
    const x = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-08-01", region: "UA-51" });
    const y = await addClaim(db, b.id, { field: "killed", value: 2, date: "2025-08-01", region: "UA-51" });
    expect(y.incidentId).toBe(x.incidentId);
    const other = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-08-01", region: "UA-48" });
    expect(other.incidentId).not.toBe(x.incidentId);
    // After an admin merge of UA-48's incident into UA-51's, the old key points at the survivor.
    await db.incidentAlias.create({ data: { mergeKey: "2025-08-01|UA|UA-48|RU", incidentId: x.incidentId! } });
    await db.claim.delete({ where: { id: other.id } });
    await db.incident.delete({ where: { id: other.incidentId! } });
    const z = await addClaim(db, b.id, { field: "injured", value: 3, date: "2025-08-01", region: "UA-48" });
    expect(z.incidentId).toBe(x.incidentId);
    // A pin beats the key.
    const pinned = await addClaim(db, b.id, { field: "injured", value: 3, date: "2025-09-09", region: "UA-12", pinnedIncidentId: x.incidentId });
    expect(pinned.incidentId).toBe(x.incidentId);
    // A pin to an incident that no longer exists falls back to the key.
    const stale = await addClaim(db, b.id, { field: "injured", value: 3, date: "2025-09-10", region: "UA-12", pinnedIncidentId: 987_654 });
    expect(stale.incidentId).not.toBe(987_654);
  });
});

describe("coordinates", () => {
  it("town from the gazetteer (1), region only (3), country-wide none; a corrected place moves the point", async () => {
    const { db } = t;
    const a = await addArticle(db);
    const town = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-10-01", region: "UA-63", place: "Kharkiv" });
    const region = await addClaim(db, a.id, { field: "killed", value: 1, date: "2025-10-01", region: "UA-59" });
    const nation = await addClaim(db, a.id, { field: "drones_launched", value: 50, date: "2025-10-01", region: null });
    await recomputeIncidents(db, [town.incidentId!, region.incidentId!, nation.incidentId!]);
    const get = (id: number) => db.incident.findUniqueOrThrow({ where: { id } });
    const k = await get(town.incidentId!);
    expect(k.geoPrecision).toBe(1);
    expect(k.latitude).toBeCloseTo(49.98, 1);
    expect(k.longitude).toBeCloseTo(36.25, 1);
    const s = await get(region.incidentId!);
    expect(s.geoPrecision).toBe(3);
    expect(s.latitude).toBeCloseTo(50.92, 1); // Sumy, the region's main city
    const n = await get(nation.incidentId!);
    expect([n.latitude, n.longitude, n.geoPrecision]).toEqual([null, null, null]);
    await db.correction.create({ data: { incidentId: k.id, field: "place", oldValue: '"Kharkiv"', newValue: '"Chuhuiv"', reason: "r", editor: "e" } });
    await recomputeIncidents(db, [k.id]);
    const moved = await get(k.id);
    expect(moved.place).toBe("Chuhuiv");
    expect(moved.longitude).not.toBeCloseTo(36.25, 1);
  });
});

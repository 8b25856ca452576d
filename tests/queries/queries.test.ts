import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../helpers/db";
import { addArticle, addClaim, addIncident } from "./fixtures";
import { getTotals } from "@/lib/queries/totals";
import { getAirSeries, getCasualtySeries, getDateSpan, getIncidentSeries } from "@/lib/queries/series";
import { parseBucket } from "@/lib/queries/sql";
import { getCountryWide, getRegionSparklines, getRegionTotals, regionInfo, regionName } from "@/lib/queries/regions";
import { getIncident, listIncidents, tollHistory } from "@/lib/queries/incidents";
import { getMapPoints } from "@/lib/queries/map";
import { getArticle, hasDemoData, listArticles, listPublishers } from "@/lib/queries/articles";

let t: TestDb;
let kharkivId = 0;

beforeAll(async () => {
  t = await createTestDb();
  const db = t.db;
  // National air-force counts (region null) on two days, one week apart.
  await addIncident(db, { date: "2025-01-06", dronesLaunched: 100, dronesDowned: 80, missilesLaunched: 10, missilesDowned: 5 });
  await addIncident(db, { date: "2025-01-13", dronesLaunched: 50, dronesDowned: 50 });
  // Regional incidents: their drone figures repeat part of the national count.
  const k = await addIncident(db, { date: "2025-01-06", region: "UA-63", place: "Kharkiv", killed: 2, injured: 5, dronesDowned: 7, latitude: 49.99, longitude: 36.23, weapons: ["drone", "glide_bomb"] });
  kharkivId = k.id;
  await addIncident(db, { date: "2025-01-07", region: "UA-63", place: "Kharkiv", killed: 1, latitude: 49.99, longitude: 36.23 });
  await addIncident(db, { date: "2025-01-07", region: "UA-51", place: "Odesa", injured: 3, latitude: 46.48, longitude: 30.72, reviewStatus: "reviewed" });
  await addIncident(db, { date: "2025-02-02", country: "RU", region: "RU-BEL", attacker: "UA", place: "Belgorod", killed: 1, latitude: 50.6, longitude: 36.6 });
  await addIncident(db, { date: "2025-02-03", country: "RU", attacker: "UA", dronesDowned: 30 });
  await addIncident(db, { date: "2025-02-03", region: "UA-51", attacker: null });

  const a1 = await addArticle(db, "Two killed and 5 injured in Kharkiv.", { publisher: "Kyiv Wire", published: new Date("2025-01-06T10:00:00Z") });
  const a2 = await addArticle(db, "The toll rose: 3 killed, 9 injured.", { publisher: "Other News", published: new Date("2025-01-07T10:00:00Z"), language: "uk" });
  const a3 = await addArticle(db, "Demo report, 4 killed.", { sourceKind: "file", publisher: "Hidden Ltd", hidden: true });
  await addClaim(db, a1, k.id, "killed", "Two");
  await addClaim(db, a1, k.id, "injured", "5");
  await addClaim(db, a2, k.id, "killed", "3", { language: "uk" });
  await addClaim(db, a2, k.id, "injured", "9");
  await addClaim(db, a3, k.id, "killed", "4");
  await db.correction.create({ data: { incidentId: k.id, field: "killed", oldValue: "3", newValue: "2", reason: "second report double-counted", editor: "admin@example.org" } });
});
afterAll(async () => t?.cleanup());

describe("totals", () => {
  it("counts incidents, adds casualties everywhere and drones only from national counts", async () => {
    const r = await getTotals(t.db, {});
    expect(r.incidents).toBe(8);
    expect(r.killed).toBe(4);
    expect(r.injured).toBe(8);
    // 100 + 50 (UA) + RU's national 30 downed; the regional 7 is not added again.
    expect(r.dronesLaunched).toBe(150);
    expect(r.dronesDowned).toBe(160);
    // Rate only over incidents reporting both: (80 + 50) / (100 + 50).
    expect(r.interceptionRate).toBeCloseTo(130 / 150);
    expect(r.missilesLaunched).toBe(10);
    expect(r.missileInterceptionRate).toBeCloseTo(0.5);
  });
  it("with a region, uses that region's own drone figures", async () => {
    const r = await getTotals(t.db, { region: "UA-63" });
    expect(r).toMatchObject({ incidents: 2, killed: 3, injured: 5, dronesDowned: 7, dronesLaunched: null, interceptionRate: null });
  });
  it("applies every filter", async () => {
    expect((await getTotals(t.db, { country: "RU" })).incidents).toBe(2);
    expect((await getTotals(t.db, { attacker: "unknown" })).incidents).toBe(1);
    expect((await getTotals(t.db, { weapon: "glide_bomb" })).incidents).toBe(1);
    expect((await getTotals(t.db, { from: "2025-02-01" })).incidents).toBe(3);
    expect((await getTotals(t.db, { review: "reviewed" })).incidents).toBe(1);
    expect((await getTotals(t.db, { publisher: "Kyiv Wire" })).incidents).toBe(1);
    expect((await getTotals(t.db, { language: "uk" })).incidents).toBe(1);
    // A hidden article's claims do not select its incident.
    expect((await getTotals(t.db, { publisher: "Hidden Ltd" })).incidents).toBe(0);
  });
  it("is all zero/null on no match", async () => {
    expect(await getTotals(t.db, { from: "2020-01-01", to: "2020-01-02" })).toMatchObject({ incidents: 0, killed: null, interceptionRate: null });
  });
});

describe("series", () => {
  it("incidents per day by attacker, gaps filled", async () => {
    const s = await getIncidentSeries(t.db, { country: "UA", to: "2025-01-08" }, "day");
    expect(s.map((p) => p.date)).toEqual(["2025-01-06", "2025-01-07", "2025-01-08"]);
    expect(s[0].values).toEqual({ RU: 2, UA: 0, unknown: 0 });
    expect(s[1].values).toEqual({ RU: 2, UA: 0, unknown: 0 });
    expect(s[2].values).toEqual({ RU: 0, UA: 0, unknown: 0 });
  });
  it("by month and week", async () => {
    const m = await getIncidentSeries(t.db, {}, "month");
    expect(m).toEqual([
      { date: "2025-01-01", values: { RU: 5, UA: 0, unknown: 0 } },
      { date: "2025-02-01", values: { RU: 0, UA: 2, unknown: 1 } },
    ]);
    const w = await getIncidentSeries(t.db, { to: "2025-01-19" }, "week");
    expect(w.map((p) => [p.date, p.values.RU])).toEqual([["2025-01-06", 4], ["2025-01-13", 1]]);
  });
  it("air series from national counts; missing days are null", async () => {
    const s = await getAirSeries(t.db, { country: "UA" }, "day");
    expect(s[0]).toEqual({ date: "2025-01-06", values: { dronesLaunched: 100, dronesDowned: 80, missilesLaunched: 10, missilesDowned: 5 } });
    expect(s[1].values.dronesLaunched).toBeNull();
    expect(s.at(-1)).toEqual({ date: "2025-01-13", values: { dronesLaunched: 50, dronesDowned: 50, missilesLaunched: null, missilesDowned: null } });
  });
  it("casualties per week", async () => {
    const s = await getCasualtySeries(t.db, { country: "UA" }, "week");
    expect(s).toEqual([{ date: "2025-01-06", values: { killed: 3, injured: 8 } }]);
  });
});

describe("regions", () => {
  it("totals per region, most incidents first, with names", async () => {
    const r = await getRegionTotals(t.db, {});
    expect(r.map((x) => [x.code, x.incidents])).toEqual([["UA-51", 2], ["UA-63", 2], ["RU-BEL", 1]]);
    expect(r.find((x) => x.code === "UA-63")).toMatchObject({ name: "Kharkiv", country: "UA", killed: 3, injured: 5, dronesDowned: 7 });
    expect(regionName("RU-BEL")).toBe("Belgorod");
    expect(regionName(null)).toBe("country-wide");
  });
  it("country-wide figures per country, none when filtered to a region", async () => {
    const c = await getCountryWide(t.db, {});
    expect(c.map((x) => [x.country, x.incidents, x.dronesDowned])).toEqual([["RU", 1, 30], ["UA", 2, 130]]);
    expect(await getCountryWide(t.db, { region: "UA-63" })).toEqual([]);
  });
  it("monthly sparklines on one axis", async () => {
    const s = await getRegionSparklines(t.db, {});
    expect(s.months).toEqual(["2025-01", "2025-02"]);
    expect(s.byRegion["UA-63"]).toEqual([2, 0]);
    expect(s.byRegion["UA-51"]).toEqual([1, 1]);
  });
});

describe("buckets and span", () => {
  it.each([
    [undefined, undefined, "day"],
    ["month", { from: "2025-01-01", to: "2025-01-05" }, "month"],
    [undefined, { from: "2025-01-01", to: "2025-03-01" }, "day"],
    [undefined, { from: "2024-01-01", to: "2025-03-01" }, "week"],
    [undefined, { from: "2020-01-01", to: "2025-03-01" }, "month"],
    ["year", { from: null, to: null }, "day"],
  ] as const)("parseBucket(%s, %j) = %s", (v, span, want) => {
    expect(parseBucket(v, span as { from: string | null; to: string | null } | undefined)).toBe(want);
  });
  it("getDateSpan fills open bounds from the data", async () => {
    expect(await getDateSpan(t.db, {})).toEqual({ from: "2025-01-06", to: "2025-02-03" });
    expect(await getDateSpan(t.db, { from: "2025-01-01" })).toEqual({ from: "2025-01-01", to: "2025-02-03" });
  });
});

describe("incidents", () => {
  it("sorts, puts blanks last and pages", async () => {
    const byKilled = await listIncidents(t.db, {}, { sort: "killed", dir: "desc" });
    expect(byKilled.rows.slice(0, 3).map((r) => r.killed)).toEqual([2, 1, 1]);
    expect(byKilled.rows.at(-1)!.killed).toBeNull();
    const asc = await listIncidents(t.db, {}, { sort: "killed", dir: "asc" });
    expect(asc.rows[0].killed).toBe(1);
    const p2 = await listIncidents(t.db, {}, { pageSize: 3, page: 2 });
    expect(p2).toMatchObject({ total: 8, page: 2, pageCount: 3 });
    expect(p2.rows).toHaveLength(3);
    const beyond = await listIncidents(t.db, {}, { pageSize: 3, page: 99 });
    expect(beyond.page).toBe(3);
    expect(beyond.rows).toHaveLength(2);
    expect(byKilled.rows.find((r) => r.id === kharkivId)!.weapons).toEqual(["drone", "glide_bomb"]);
  });
  it("pages the same with a publisher or language filter (one windowed statement)", async () => {
    const uk = await listIncidents(t.db, { language: "uk" }, { pageSize: 1 });
    expect(uk).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(uk.rows.map((r) => r.id)).toEqual([kharkivId]);
    const beyond = await listIncidents(t.db, { publisher: "Kyiv Wire" }, { page: 5 });
    expect(beyond).toMatchObject({ total: 1, page: 1 });
    expect(beyond.rows).toHaveLength(1);
    const none = await listIncidents(t.db, { publisher: "Nobody" }, {});
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
    expect((await listIncidents(t.db, {}, { page: Number.NaN })).page).toBe(1);
  });
  it("detail with claims, articles and corrections; null for unknown ids", async () => {
    const d = await getIncident(t.db, kharkivId);
    expect(d!.claims).toHaveLength(5);
    expect(d!.claims[0].article.publisher).toBeTruthy();
    expect(d!.corrections[0]).toMatchObject({ field: "killed", editor: "admin@example.org" });
    expect(await getIncident(t.db, 999_999)).toBeNull();
    expect(await getIncident(t.db, Number.NaN)).toBeNull();
  });
  it("toll history follows the reports in time and skips hidden ones", async () => {
    const d = await getIncident(t.db, kharkivId);
    const h = tollHistory(d!.claims);
    const counted = h.filter((s) => s.counted);
    expect(counted.map((s) => s.values)).toEqual([{ injured: 5 }, { killed: 3, injured: 9 }]);
    expect(h.find((s) => !s.counted)?.publisher).toBe("Hidden Ltd");
  });
});

describe("map points", () => {
  it("newest located incidents first, capped, with the total", async () => {
    const all = await getMapPoints(t.db, {});
    // 4 with coordinates + 1 known only by region (UA-51, on its label point); country-wide ones are left out.
    expect(all.total).toBe(5);
    const approx = all.points.filter((p) => p.approx);
    expect(approx).toHaveLength(1);
    expect(approx[0]).toMatchObject({ region: "UA-51", place: null });
    expect(Math.abs(approx[0].lat - regionInfo("UA-51")!.lat)).toBeLessThan(0.2);
    expect(all.points.map((p) => p.date)).toEqual(["2025-02-03", "2025-02-02", "2025-01-07", "2025-01-07", "2025-01-06"]);
    expect(all.points[1]).toMatchObject({ place: "Belgorod", lat: 50.6, lon: 36.6, approx: false });
    const capped = await getMapPoints(t.db, {}, 2);
    expect(capped.points).toHaveLength(2);
    expect(capped.total).toBe(5);
  });
});

describe("articles", () => {
  it("an article with its claims in text order", async () => {
    const list = await listArticles(t.db);
    expect(list.total).toBe(3);
    const a = await getArticle(t.db, list.rows.find((r) => r.publisher === "Kyiv Wire")!.id);
    expect(a!.claims.map((c) => c.field)).toEqual(["killed", "injured"]);
    expect(list.rows.find((r) => r.publisher === "Kyiv Wire")!.claims).toBe(2);
    expect(await getArticle(t.db, 424242)).toBeNull();
  });
  it("publishers exclude hidden reports; demo notice only with demo articles", async () => {
    expect((await listPublishers(t.db)).sort()).toEqual(["Kyiv Wire", "Other News"]);
    expect(await hasDemoData(t.db)).toBe(false);
    await addArticle(t.db, "demo body", { sourceKind: "demo" });
    expect(await hasDemoData(t.db)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { handleIncident, handleIncidents, handleRegions, handleSeries } from "@/lib/api/handlers";
import { incidentDetailSchema, incidentPageSchema, regionsSchema, seriesSchema } from "@/lib/api/schemas";
import { addArticle, addClaim, addIncident } from "./seed";

let t: TestDb;
const get = (path: string) => new Request("http://test" + path);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

describe("GET /api/incidents paging", () => {
  it("returns every incident exactly once while new ones arrive between pages", async () => {
    const days = ["2025-01-05", "2025-01-01", "2025-01-03", "2025-01-03", "2025-01-02", "2025-01-04", "2025-01-03"];
    const existing: number[] = [];
    for (let i = 0; i < 35; i++) existing.push((await addIncident(t.db, { date: days[i % days.length], region: i % 2 ? "UA-63" : "UA-30" })).id);

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await handleIncidents(t.db, get(`/api/incidents?limit=4${cursor ? `&cursor=${cursor}` : ""}`));
      expect(res.status).toBe(200);
      const body = incidentPageSchema.parse(await res.json());
      seen.push(...body.data.map((d) => d.id));
      cursor = body.nextCursor;
      // Ingest continues meanwhile: on days already passed, the same day, and later days.
      await addIncident(t.db, { date: days[pages % days.length] });
      await addIncident(t.db, { date: "2025-01-03" });
      pages++;
    } while (cursor && pages < 100);

    expect(new Set(seen).size).toBe(seen.length); // no duplicates
    for (const id of existing) expect(seen).toContain(id); // nothing skipped
  });

  it("orders by (date, id) descending by default, ascending on request", async () => {
    const first = await handleIncidents(t.db, get("/api/incidents?limit=2&region=UA-30"));
    const next = (await first.json()).nextCursor;
    expect(first.headers.get("link")).toBe(`</api/incidents?limit=2&region=UA-30&cursor=${next}>; rel="next"`);
    const desc = (await (await handleIncidents(t.db, get("/api/incidents?limit=1000"))).json()).data;
    const key = (d: { date: string; id: number }) => `${d.date}|${String(d.id).padStart(9, "0")}`;
    expect(desc.map(key)).toEqual([...desc.map(key)].sort().reverse());
    const asc = (await (await handleIncidents(t.db, get("/api/incidents?limit=1000&order=asc"))).json()).data;
    expect(asc.map(key)).toEqual([...asc.map(key)].sort());
  });

  it("applies the dashboard filters", async () => {
    const res = await handleIncidents(t.db, get("/api/incidents?region=UA-30&from=2025-01-03&to=2025-01-04&limit=1000"));
    const body = await res.json();
    expect(body.data.length).toBeGreaterThan(0);
    for (const d of body.data) {
      expect(d.region).toBe("UA-30");
      expect(d.date >= "2025-01-03" && d.date <= "2025-01-04").toBe(true);
    }
  });
});

describe("bad parameters give 400 with a message and the parameter", () => {
  it.each([
    ["/api/incidents?limit=1001", "limit"],
    ["/api/incidents?limit=0", "limit"],
    ["/api/incidents?limit=ten", "limit"],
    ["/api/incidents?limit=2.5", "limit"],
    ["/api/incidents?from=2025-02-30", "from"],
    ["/api/incidents?from=2025-03-01&to=2025-02-01", "from"],
    ["/api/incidents?country=FR", "country"],
    ["/api/incidents?region=Kharkiv", "region"],
    ["/api/incidents?cursor=garbage", "cursor"],
    ["/api/incidents?cursor=%FF%FE", "cursor"],
    ["/api/incidents?order=sideways", "order"],
    ["/api/incidents?contry=UA", "contry"],
    ["/api/incidents?country=UA&country=RU", "country"],
    ["/api/series?bucket=year", "bucket"],
    ["/api/regions?weapon=laser", "weapon"],
  ])("%s → param %s", async (path, param) => {
    const handler = path.startsWith("/api/series") ? handleSeries : path.startsWith("/api/regions") ? handleRegions : handleIncidents;
    const res = await handler(t.db, get(path));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.param).toBe(param);
    expect(typeof body.error).toBe("string");
    expect(body.error.length).toBeGreaterThan(5);
  });

  it("a cursor from the other order is refused", async () => {
    const first = await (await handleIncidents(t.db, get("/api/incidents?limit=1&order=asc"))).json();
    const res = await handleIncidents(t.db, get(`/api/incidents?limit=1&order=desc&cursor=${first.nextCursor}`));
    expect(res.status).toBe(400);
    expect((await res.json()).param).toBe("cursor");
  });

  it.each(["abc", "0", "-3", "1.5", "99999999999999999999"])("/api/incidents/%s → 400", async (id) => {
    const res = await handleIncident(t.db, id);
    expect(res.status).toBe(400);
    expect((await res.json()).param).toBe("id");
  });
});

describe("GET /api/incidents/{id}", () => {
  it("gives the incident with its claims and corrections", async () => {
    const inc = await addIncident(t.db, { date: "2025-02-10", place: "Kharkiv", counts: { killed: 5 } });
    const art = await addArticle(t.db, { url: "https://example.org/a", publisher: "Example News", title: "Strike", published: "2025-02-10" });
    await addClaim(t.db, { articleId: art.id, incidentId: inc.id, field: "killed", value: 4, claimant: "governor", sentence: "Four people were killed.", date: "2025-02-10" });
    await t.db.correction.create({ data: { incidentId: inc.id, field: "killed", oldValue: "4", newValue: "5", reason: "later toll", editor: "alice@example.org" } });

    const res = await handleIncident(t.db, String(inc.id));
    expect(res.status).toBe(200);
    const body = incidentDetailSchema.parse(await res.json());
    expect(body.killed).toBe(5);
    expect(body.claims).toHaveLength(1);
    expect(body.claims[0]).toMatchObject({ quote: "Four people were killed.", value: 4, counted: true, article: { publisher: "Example News" } });
    expect(body.corrections[0]).toMatchObject({ field: "killed", oldValue: 4, newValue: 5, editor: "alice", inForce: true });
    expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(body.extractorVersions).toEqual(["1.2.0"]);

    // The feed row says the same: which extractor read it, which corrections stand.
    const feed = incidentPageSchema.parse(await (await handleIncidents(t.db, get("/api/incidents?from=2025-02-10&to=2025-02-10"))).json());
    const row = feed.data.find((d) => d.id === inc.id)!;
    expect(row.extractorVersions).toEqual(["1.2.0"]);
    expect(row.correctionsInForce).toEqual([expect.objectContaining({ field: "killed", oldValue: 4, newValue: 5, reason: "later toll", editor: "alice" })]);
  });

  it("404 as JSON for a missing id", async () => {
    const res = await handleIncident(t.db, "987654");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ param: "id" });
  });
});

describe("GET /api/series and /api/regions", () => {
  it("counts incidents per bucket and totals per region under the same filters", async () => {
    const q = "?from=2025-01-01&to=2025-01-31&region=UA-30";
    const series = seriesSchema.parse(await (await handleSeries(t.db, get(`/api/series${q}&bucket=month`))).json());
    const feed = await (await handleIncidents(t.db, get(`/api/incidents${q}&limit=1000`))).json();
    const total = series.incidents.reduce((n, p) => n + Object.values(p.values).reduce<number>((a, v) => a + (v ?? 0), 0), 0);
    expect(total).toBe(feed.data.length);

    const regions = regionsSchema.parse(await (await handleRegions(t.db, get(`/api/regions${q}`))).json());
    expect(regions.regions).toHaveLength(1);
    expect(regions.regions[0]).toMatchObject({ code: "UA-30", incidents: feed.data.length });
  });
});

// Hand-checked incidents through each export, column by column against the
// ACLED and UCDP GED codebooks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { addArticle, addClaim, addIncident } from "@/tests/api/seed";
import { handleExport } from "@/lib/export/handler";
import type { ExportKind } from "@/lib/export/formats";
import { csvRecords } from "./parse-csv";

// ACLED codebook order (31 columns).
const ACLED_31 = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".split(",");
const UCDP = "id,date_start,date_end,date_prec,side_a,side_b,type_of_violence,where_prec,where_description,adm_1,latitude,longitude,country,best,low,high,deaths_civilians,number_of_sources,source_article,source_office,source_date,source_headline".split(",");

let t: TestDb;
const ids = { kharkiv: 0, belgorod: 0, national: 0 };

async function download(kind: ExportKind, query = ""): Promise<{ status: number; text: string; headers: Headers }> {
  const res = handleExport(t.db, new Request(`http://test/api/export/x${query}`), kind);
  return { status: res.status, text: await res.text(), headers: res.headers };
}

beforeAll(async () => {
  t = await createTestDb();
  // 1. Russian drone strike on Kharkiv city: two civilians killed, five injured (toll revised 1 → 2 by an editor).
  const k = await addIncident(t.db, {
    date: "2025-03-07",
    region: "UA-63",
    place: "Kharkiv",
    latitude: 49.9935,
    longitude: 36.2304,
    geoPrecision: 1,
    weapons: ["drone"],
    counts: { dronesLaunched: 10, killed: 2, injured: 5 },
    ranges: { killed: { low: 1, best: 1, high: 1, sources: 2 }, injured: { low: 4, best: 5, high: 5, sources: 2 }, dronesLaunched: { low: 10, best: 10, high: 10, sources: 1 } },
    reviewStatus: "reviewed",
  });
  ids.kharkiv = k.id;
  const a1 = await addArticle(t.db, { url: "https://news.example/kharkiv-1", publisher: "Kyiv Independent", title: "Drones hit Kharkiv; one dead", published: "2025-03-07" });
  const a2 = await addArticle(t.db, { url: "https://wire.example/kharkiv", publisher: "Reuters", title: "Russian drones strike Kharkiv", published: "2025-03-08", version: "1.3.0" });
  await addClaim(t.db, { articleId: a1.id, incidentId: k.id, field: "killed", value: 1, claimant: "Governor Oleh Syniehubov", sentence: "A woman was killed and four people were injured, the governor said.", date: "2025-03-07" });
  await addClaim(t.db, { articleId: a1.id, incidentId: k.id, field: "injured", value: 4, claimant: "Governor Oleh Syniehubov", sentence: "A woman was killed and four people were injured, the governor said.", date: "2025-03-07", start: 40 });
  await addClaim(t.db, { articleId: a2.id, incidentId: k.id, field: "drones_launched", value: 10, claimant: "Mayor Ihor Terekhov", sentence: "Russia attacked Kharkiv with 10 drones, said Mayor Ihor Terekhov.", date: "2025-03-07" });
  await addClaim(t.db, { articleId: a2.id, incidentId: k.id, field: "injured", value: 5, claimant: "Mayor Ihor Terekhov", sentence: "Five residents were injured, \"including a child\", the mayor said.", date: "2025-03-07" });
  await addClaim(t.db, { articleId: a2.id, incidentId: k.id, field: "killed", value: 9, claimant: "Mayor Ihor Terekhov", sentence: "=9 killed (a misread table).", date: "2025-03-07", excluded: true });
  await t.db.correction.create({ data: { incidentId: k.id, field: "killed", oldValue: "1", newValue: "2", reason: "hospital confirmed a second death", editor: "editor@strikewatch.example" } });

  // 2. Russian MoD: 30 Ukrainian drones destroyed over Belgorod region, nothing else reported.
  const b = await addIncident(t.db, { date: "2025-03-08", country: "RU", region: "RU-BEL", attacker: "UA", weapons: ["drone"], counts: { dronesDowned: 30 } });
  ids.belgorod = b.id;
  const a3 = await addArticle(t.db, { url: "https://tass.example/bel", publisher: "TASS", title: "Air defences destroy 30 drones", published: "2025-03-08" });
  await addClaim(t.db, { articleId: a3.id, incidentId: b.id, field: "drones_downed", value: 30, claimant: "Russian defence ministry", sentence: "Air defences destroyed 30 Ukrainian drones over Belgorod region.", date: "2025-03-08", region: "RU-BEL" });

  // 3. Ukrainian air force's national count: 27 launched, 22 downed, no region.
  const n = await addIncident(t.db, { date: "2025-03-07", region: null, weapons: ["drone"], counts: { dronesLaunched: 27, dronesDowned: 22 } });
  ids.national = n.id;
  await addClaim(t.db, { articleId: a1.id, incidentId: n.id, field: "drones_launched", value: 27, claimant: "Ukrainian air force", sentence: "Russia launched 27 drones overnight, the air force said.", date: "2025-03-07", region: null });
  await addClaim(t.db, { articleId: a1.id, incidentId: n.id, field: "drones_downed", value: 22, claimant: "Ukrainian air force", sentence: "Air defences downed 22 of them.", date: "2025-03-07", region: null });
});
afterAll(async () => t?.cleanup());

describe("ACLED-shaped CSV", () => {
  it("has the 31 codebook columns in order, then Strikewatch's", async () => {
    const { status, text, headers } = await download("acled");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/csv/);
    expect(headers.get("content-disposition")).toMatch(/attachment; filename="strikewatch-acled.*\.csv"/);
    const { header, records } = csvRecords(text);
    expect(header.slice(0, 31)).toEqual(ACLED_31);
    expect(header.slice(31)).toEqual(expect.arrayContaining(["injured", "drones_launched", "drones_downed", "missiles_launched", "missiles_downed", "killed_low", "killed_best", "killed_high", "strikewatch_id", "review_status", "extractor_version", "corrections"]));
    expect(records).toHaveLength(3);
  });

  it("codes a drone strike that killed civilians as ACLED would", async () => {
    const { records } = csvRecords((await download("acled")).text);
    const r = records.find((x) => x.strikewatch_id === String(ids.kharkiv))!;
    expect(r).toMatchObject({
      event_id_cnty: `UKR${ids.kharkiv}`,
      event_date: "2025-03-07",
      year: "2025",
      time_precision: "1",
      disorder_type: "Political violence",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Air/drone strike",
      actor1: "Military Forces of Russia (2000-)",
      assoc_actor_1: "",
      inter1: "8",
      actor2: "Civilians (Ukraine)",
      inter2: "7",
      interaction: "78",
      civilian_targeting: "Civilian targeting",
      iso: "804",
      region: "Europe",
      country: "Ukraine",
      admin1: "Kharkiv",
      location: "Kharkiv",
      latitude: "49.9935",
      longitude: "36.2304",
      geo_precision: "1",
      source: "Kyiv Independent; Reuters",
      source_scale: "National-International",
      fatalities: "2",
      tags: "drone",
      injured: "5",
      drones_launched: "10",
      killed_low: "1",
      killed_high: "1",
      injured_low: "4",
      review_status: "reviewed",
      extractor_version: "1.2.0;1.3.0",
    });
    expect(r.notes).toContain("On 2025-03-07, Russian forces attacked Kharkiv (Kharkiv) with drones.");
    expect(r.notes).toContain("Governor Oleh Syniehubov (Kyiv Independent): 1 killed, 4 injured.");
    expect(r.notes).toContain("Mayor Ihor Terekhov (Reuters): 10 drones launched, 5 injured.");
    expect(r.notes).not.toContain("9 killed"); // the excluded claim
    expect(r.corrections).toMatch(/^killed: 1 → 2 \(\d{4}-\d{2}-\d{2}, editor: hospital confirmed a second death\)$/);
    expect(r.corrections).not.toContain("@");
    expect(Number(r.timestamp)).toBeGreaterThan(1_700_000_000);
    expect(Number(r.timestamp)).toBeLessThan(Date.now() / 1000 + 10);
  });

  it("codes an interception as Strategic developments / Disrupted weapons use", async () => {
    const { records } = csvRecords((await download("acled")).text);
    const r = records.find((x) => x.strikewatch_id === String(ids.belgorod))!;
    expect(r).toMatchObject({
      event_id_cnty: `RUS${ids.belgorod}`,
      disorder_type: "Strategic developments",
      event_type: "Strategic developments",
      sub_event_type: "Disrupted weapons use",
      actor1: "Military Forces of Russia (2000-)",
      inter1: "1",
      actor2: "Military Forces of Ukraine (2019-)",
      inter2: "8",
      interaction: "18",
      civilian_targeting: "",
      iso: "643",
      country: "Russia",
      admin1: "Belgorod",
      location: "Belgorod",
      latitude: "50.665",
      longitude: "37.472",
      geo_precision: "3",
      fatalities: "0",
      source_scale: "National",
    });
  });

  it("keeps country-wide figures without coordinates", async () => {
    const { records } = csvRecords((await download("acled")).text);
    const r = records.find((x) => x.strikewatch_id === String(ids.national))!;
    // 5 of 27 got through: an attack, not only an interception.
    expect(r).toMatchObject({ event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", actor2: "", interaction: "80", admin1: "", latitude: "", longitude: "", geo_precision: "3", location: "Ukraine" });
  });

  it("applies the dashboard filters and refuses bad ones", async () => {
    const ru = csvRecords((await download("acled", "?country=RU")).text).records;
    expect(ru.map((r) => r.strikewatch_id)).toEqual([String(ids.belgorod)]);
    const none = csvRecords((await download("acled", "?region=none")).text).records;
    expect(none.map((r) => r.strikewatch_id)).toEqual([String(ids.national)]);
    const bad = await download("acled", "?from=2025-13-01");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ param: "from" });
  });
});

describe("UCDP GED-shaped CSV", () => {
  it("has GED's columns in order and its codes", async () => {
    const { header, records } = csvRecords((await download("ucdp")).text);
    expect(header.slice(0, UCDP.length)).toEqual(UCDP);
    const k = records.find((x) => x.id === String(ids.kharkiv))!;
    expect(k).toMatchObject({
      date_start: "2025-03-07",
      date_end: "2025-03-07",
      date_prec: "1",
      side_a: "Government of Russia (Soviet Union)",
      side_b: "Government of Ukraine",
      type_of_violence: "1",
      where_prec: "1",
      where_description: "Kharkiv",
      adm_1: "Kharkiv",
      country: "Ukraine",
      best: "2",
      low: "1",
      high: "2", // the correction lifts the value in force above what articles said
      deaths_civilians: "2",
      number_of_sources: "2",
      source_article: "https://news.example/kharkiv-1;https://wire.example/kharkiv",
      source_office: "Kyiv Independent;Reuters",
      source_date: "2025-03-07;2025-03-08",
      source_headline: "Drones hit Kharkiv, one dead;Russian drones strike Kharkiv",
    });
    const b = records.find((x) => x.id === String(ids.belgorod))!;
    expect(b).toMatchObject({ country: "Russia (Soviet Union)", where_prec: "4", best: "0", low: "0", high: "0", deaths_civilians: "" });
    const n = records.find((x) => x.id === String(ids.national))!;
    expect(n).toMatchObject({ where_prec: "6", latitude: "", adm_1: "", deaths_civilians: "" });
  });
});

describe("GeoJSON", () => {
  it("is a valid RFC 7946 FeatureCollection with [lon, lat] points", async () => {
    const { status, text, headers } = await download("geojson");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const doc = JSON.parse(text);
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.features).toHaveLength(3);
    for (const f of doc.features) {
      expect(f.type).toBe("Feature");
      expect(f).toHaveProperty("properties");
      expect(typeof f.properties).toBe("object");
      if (f.geometry === null) continue;
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    const k = doc.features.find((f: { id: number }) => f.id === ids.kharkiv);
    expect(k.geometry.coordinates).toEqual([36.2304, 49.9935]);
    expect(k.properties).toMatchObject({ killed: 2, injured: 5, place: "Kharkiv", location_source: "incident", extractor_version: "1.2.0;1.3.0" });
    const b = doc.features.find((f: { id: number }) => f.id === ids.belgorod);
    expect(b.geometry.coordinates).toEqual([37.472, 50.665]);
    expect(b.properties.location_source).toBe("region_centroid");
    expect(doc.features.find((f: { id: number }) => f.id === ids.national).geometry).toBeNull();
  });

  it("an empty selection is still a valid collection", async () => {
    const doc = JSON.parse((await download("geojson", "?from=2024-01-01&to=2024-01-02")).text);
    expect(doc).toEqual({ type: "FeatureCollection", features: [] });
  });
});

describe("claims CSV", () => {
  it("lists every claim with quote, offsets, claimant, article and publisher", async () => {
    const { records } = csvRecords((await download("claims", "?region=UA-63")).text);
    expect(records).toHaveLength(5);
    const quoted = records.find((r) => r.quote.includes("including a child"))!;
    expect(quoted).toMatchObject({
      strikewatch_id: String(ids.kharkiv),
      field: "injured",
      value: "5",
      claimant: "Mayor Ihor Terekhov",
      quote: 'Five residents were injured, "including a child", the mayor said.',
      figure_start: "10",
      figure_end: "12",
      article_url: "https://wire.example/kharkiv",
      publisher: "Reuters",
      counted: "true",
      extractor_version: "1.3.0",
    });
    expect(quoted.incident_corrections).toContain("killed: 1 → 2");
    const wrong = records.find((r) => r.excluded === "true")!;
    expect(wrong.counted).toBe("false");
    expect(wrong.quote).toBe("'=9 killed (a misread table)."); // defused for spreadsheets
  });
});

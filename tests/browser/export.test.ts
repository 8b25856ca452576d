// Filter the incidents page, follow its export link, and check that the
// downloaded CSV holds exactly the filtered incidents.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { createDb, type Db } from "@/lib/db/client";
import { csvRecords } from "../export/parse-csv";
import { launchChromium, screenshot } from "./chromium";

// A day the demo corpus does not reach back to, so these are the only rows.
const DAY = "2014-03-02";

describe("export links", () => {
  let browser: Browser;
  let db: Db;
  const ids: number[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    db = createDb(inject("dbFile"));
    // Two incidents in the chosen region and one outside it, written into the served database.
    for (const [region, place, killed] of [["UA-46", "Lviv", 2], ["UA-46", null, null], ["UA-51", "Odesa", 1]] as const) {
      const inc = await db.incident.create({
        data: { date: DAY, country: "UA", region, place, attacker: "RU", weapons: '["drone"]', killed, mergeKey: `browser-export|${region}|${place}`, sourceCount: 0 },
      });
      if (region === "UA-46") ids.push(inc.id);
    }
  });
  afterAll(async () => {
    await db?.incident.deleteMany({ where: { mergeKey: { startsWith: "browser-export|" } } });
    await db?.$disconnect();
    await browser?.close();
  });

  it("downloads the filtered ACLED CSV from the incidents page", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const res = await page.goto(`${inject("baseURL")}/incidents?from=${DAY}&to=${DAY}&region=UA-46`);
    expect(res?.status()).toBe(200);
    const link = page.getByTestId("export-acled");
    await expect(link.getAttribute("href")).resolves.toBe(`/api/export/acled.csv?from=${DAY}&to=${DAY}&region=UA-46`);
    await screenshot(page, "export-links-incidents");

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`strikewatch-acled-${DAY}_${DAY}-UA-46.csv`);
    const file = await download.path();
    const { header, records } = csvRecords(fs.readFileSync(file!, "utf8"));
    expect(header[0]).toBe("event_id_cnty");
    expect(records.map((r) => Number(r.strikewatch_id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    for (const r of records) {
      expect(r).toMatchObject({ event_date: DAY, iso: "804", country: "Ukraine", iso_3166_2: "UA-46" });
      expect(r.event_id_cnty).toBe(`UKR${r.strikewatch_id}`);
    }
    expect(records.find((r) => r.location === "Lviv")?.fatalities).toBe("2");
    await context.close();
  });

  it("the GeoJSON link serves the same selection", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseURL")}/incidents?from=${DAY}&to=${DAY}&region=UA-46`);
    const href = await page.getByTestId("export-geojson").getAttribute("href");
    const res = await page.request.get(inject("baseURL") + href);
    expect(res.status()).toBe(200);
    const doc = await res.json();
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.features.map((f: { id: number }) => f.id).sort()).toEqual([...ids].sort());
    await page.close();
  });

  it("the data dictionary and API reference render", async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${inject("baseURL")}/data`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "ACLED-shaped CSV" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("code", { hasText: "event_id_cnty" }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, "data-dictionary");
    expect((await page.goto(`${inject("baseURL")}/api-docs`))?.status()).toBe(200);
    await expect(page.locator("h3", { hasText: "GET /api/incidents" }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, "api-docs");
    const bad = await page.request.get(`${inject("baseURL")}/api/incidents?limit=5000`);
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ param: "limit" });
    await page.close();
  });
});

// The dashboard in a real browser, on the demo corpus that global setup loads
// (prepareData). Expected figures are read from the same database file.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, screenshot } from "./chromium";

const NO_DATA = "#eceff3"; // app/_components/colors.ts
const DARKEST = "#440154";

let browser: Browser;
let db: Database.Database;
const base = () => inject("baseURL");

beforeAll(async () => {
  browser = await launchChromium();
  db = new Database(inject("dbFile"), { readonly: true, fileMustExist: true });
});
afterAll(async () => {
  db?.close();
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  (page as unknown as { errors: string[] }).errors = errors;
  const res = await page.goto(base() + path);
  expect(res?.status(), path).toBe(200);
  return page;
}

/** Fill colour of each region path on the map, by ISO code. */
async function regionFills(page: Page): Promise<Record<string, string>> {
  // Attached, not visible: Leaflet's SVG renderer clips shapes outside the
  // current view to "M0 0", so when the map is framed on one region the first
  // path in the document may well be hidden.
  await page.locator("path.region").first().waitFor({ state: "attached" });
  return page.$$eval("path.region", (els) =>
    Object.fromEntries(els.map((e) => [[...e.classList].find((c) => c.startsWith("region-"))!.slice(7), (e.getAttribute("fill") ?? "").toLowerCase()])),
  );
}

/** A screen point where the region's own path is the topmost element (for hovering it). */
async function pointInside(page: Page, code: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate((code) => {
    const path = document.querySelector(`path.region-${code}`) as SVGPathElement;
    const r = path.getBoundingClientRect();
    for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
      const x = r.left + (r.width * i) / 12, y = r.top + (r.height * j) / 12;
      if (document.elementFromPoint(x, y) === path) return { x, y };
    }
    return null;
  }, code);
  if (!pt) throw new Error(`no uncovered point inside ${code}`);
  return pt;
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim() ?? "";

describe("dashboard", () => {
  it("has demo data to show", () => {
    const n = db.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number };
    expect(n.n).toBeGreaterThan(5);
  });

  it("overview renders totals, charts with tooltips and a map", async () => {
    const page = await open("/");
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number }).n;
    expect(await text(page, "total-incidents")).toContain(total.toLocaleString("en-GB"));
    await page.getByTestId("demo-notice").waitFor();
    for (const id of ["incidents", "air", "casualties"]) {
      await page.locator(`[data-testid=chart-${id}] svg.recharts-surface[role=application]`).waitFor();
    }
    // The README's screenshot: charts and map drawn, nothing opened yet.
    await regionFills(page);
    await page.waitForTimeout(500);
    await screenshot(page, "overview");
    // Bars are drawn for the incidents chart.
    expect(await page.locator("[data-testid=chart-incidents] .recharts-bar-rectangle").count()).toBeGreaterThan(0);
    // The table view holds exact values.
    await page.getByText("Table view: Incidents by attacker").click();
    expect(await page.locator("[data-testid=table-incidents] tbody tr").count()).toBeGreaterThan(0);
    // Hover shows a tooltip with exact values.
    const box = (await page.locator("[data-testid=chart-incidents] svg.recharts-surface[role=application]").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.locator("[data-testid=chart-incidents] .recharts-tooltip-wrapper").filter({ hasText: /attacking/ }).waitFor({ timeout: 5000 });
    await screenshot(page, "overview-table-tooltip");
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("a filter changes totals, a chart and the map, and lives in the URL", async () => {
    const page = await open("/");
    const before = { total: await text(page, "total-incidents"), table: await page.getByTestId("table-incidents").innerHTML(), fills: await regionFills(page) };
    // Attacker = Ukraine: strikes on Russia only.
    await page.locator("select[name=attacker]").selectOption("UA");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/attacker=UA/);
    const expected = (db.prepare(`SELECT COUNT(*) AS n FROM "Incident" WHERE "attacker" = 'UA'`).get() as { n: number }).n;
    await expect.poll(() => text(page, "total-incidents")).toContain(expected.toLocaleString("en-GB"));
    expect(await text(page, "total-incidents")).not.toBe(before.total);
    expect(await page.getByTestId("table-incidents").innerHTML()).not.toBe(before.table);
    // Ukrainian regions lose their shading (no Ukrainian strikes on them).
    const after = await regionFills(page);
    const shadedUa = (f: Record<string, string>) => Object.entries(f).filter(([c, v]) => c.startsWith("UA-") && v !== NO_DATA).length;
    expect(shadedUa(before.fills)).toBeGreaterThan(0);
    expect(shadedUa(after)).toBe(0);
    await screenshot(page, "overview-filtered");
    // Back restores the unfiltered view.
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("attacker"));
    await expect.poll(() => text(page, "total-incidents")).toBe(before.total);
    await page.close();
  });

  it("region shading follows the chosen measure", async () => {
    const rows = db.prepare(`SELECT "region" AS code, COUNT(*) AS n, SUM("killed") AS k FROM "Incident" WHERE "region" IS NOT NULL GROUP BY "region"`).all() as { code: string; n: number; k: number | null }[];
    const mostKilled = rows.filter((r) => (r.k ?? 0) > 0).sort((a, b) => (b.k ?? 0) - (a.k ?? 0))[0];
    const noKilled = rows.find((r) => !r.k);
    expect(mostKilled, "demo data has a region with deaths").toBeTruthy();
    const page = await open("/map");
    let fills = await regionFills(page);
    if (noKilled) expect(fills[noKilled.code]).not.toBe(NO_DATA);
    await page.getByTestId("measure-select").selectOption("killed");
    await page.waitForURL(/measure=killed/);
    await expect.poll(async () => (await regionFills(page))[mostKilled.code]).toBe(DARKEST);
    fills = await regionFills(page);
    if (noKilled) expect(fills[noKilled.code]).toBe(NO_DATA);
    await expect(page.locator(".legend").textContent()).resolves.toContain("none");
    // Hover names the region with its figures.
    const pt = await pointInside(page, mostKilled.code);
    await page.mouse.move(pt.x, pt.y);
    await page.mouse.move(pt.x + 2, pt.y + 1);
    await page.locator(".region-tooltip").filter({ hasText: "killed" }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "map");
    await page.close();
  });

  it("clicking a region filters to it", async () => {
    const top = db.prepare(`SELECT "region" AS code, COUNT(*) AS n FROM "Incident" WHERE "region" IS NOT NULL GROUP BY "region" ORDER BY n DESC LIMIT 1`).get() as { code: string; n: number };
    const page = await open("/map");
    await regionFills(page);
    await page.evaluate((code) => {
      // Fire Leaflet's click on the polygon (its centre may be covered by a marker).
      document.querySelector(`path.region-${code}`)!.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: 1, clientY: 1 }));
    }, top.code);
    await page.waitForURL(new RegExp(`region=${top.code}`));
    await page.close();
  });

  it("a marker popup opens and links to its incident", async () => {
    // A region with exactly one mapped incident: its marker is never clustered.
    const one = db.prepare(`SELECT "region" AS code, MIN("id") AS id FROM "Incident" WHERE "region" IS NOT NULL GROUP BY "region" HAVING COUNT(*) = 1 LIMIT 1`).get() as { code: string; id: number } | undefined;
    expect(one, "a region with one incident").toBeTruthy();
    const page = await open(`/map?region=${one!.code}`);
    // Shapes loaded and the view framed on the region before clicking.
    await regionFills(page);
    await page.waitForTimeout(800);
    const marker = page.locator(`path.incident-${one!.id}`);
    await marker.waitFor();
    await marker.click({ force: true });
    const popup = page.getByTestId("incident-popup");
    await popup.waitFor();
    const link = popup.getByRole("link", { name: /Incident details/ });
    expect(await link.getAttribute("href")).toBe(`/incidents/${one!.id}`);
    await screenshot(page, "map-popup");
    await link.click();
    await page.waitForURL(new RegExp(`/incidents/${one!.id}$`));
    await page.getByRole("heading", { name: "Figures", exact: true }).waitFor();
    await page.close();
  });

  it("the incident page shows each figure's claims with the figure in <mark>", async () => {
    const c = db.prepare(`SELECT c."incidentId" AS id, c."start", c."end", a."body" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."incidentId" IS NOT NULL AND c."value" IS NOT NULL ORDER BY c."id" LIMIT 1`).get() as { id: number; start: number; end: number; body: string };
    const page = await open(`/incidents/${c.id}`);
    const marks = page.locator("[data-testid=claim] blockquote mark");
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toContain(c.body.slice(c.start, c.end));
    await expect(page.getByRole("link", { name: "Correct this incident" }).getAttribute("href")).resolves.toBe(`/admin/incidents/${c.id}`);
    await screenshot(page, "incident");
    const missing = await page.goto(base() + "/incidents/987654321");
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it("the article page highlights every extracted span, linked to its incident", async () => {
    const a = db.prepare(`SELECT "articleId" AS id, COUNT(*) AS n FROM "Claim" WHERE "incidentId" IS NOT NULL GROUP BY "articleId" ORDER BY n DESC LIMIT 1`).get() as { id: number; n: number };
    const page = await open(`/articles/${a.id}`);
    const linked = page.locator("[data-testid=article-body] mark a[href^='/incidents/']");
    await linked.first().waitFor();
    expect(await linked.count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=article-body] script").count()).toBe(0);
    await screenshot(page, "article");
    await page.close();
  });

  it("report text with markup stays text: no script runs, no javascript: link", async () => {
    // A hostile report, written straight into the served database.
    const w = new Database(inject("dbFile"));
    const body = `Officials said <script>window.__xss = 1</script> 3 people were killed. <a href="javascript:window.__xss=2">more</a>`;
    const now = new Date().toISOString();
    const art = w.prepare(`INSERT INTO "Article" ("url","title","publisher","body","contentHash","extractorVersion","sourceKind","ingestedAt","language")
      VALUES ('javascript:window.__xss=3', '<img src=x onerror="window.__xss=4">', 'Hostile Wire', ?, ?, 'test', 'file', ?, 'en')`).run(body, `xss-${Date.now()}`, now);
    const start = body.indexOf("3 people");
    w.prepare(`INSERT INTO "Claim" ("articleId","field","value","date","country","sentence","sentenceStart","sentenceEnd","start","end","createdAt")
      VALUES (?, 'killed', 3, '2025-01-01', 'UA', ?, 0, ?, ?, ?, ?)`).run(art.lastInsertRowid, body, body.length, start, start + 1, now);
    w.close();
    const page = await open(`/articles/${art.lastInsertRowid}`);
    const bodyEl = page.getByTestId("article-body");
    await expect(bodyEl.textContent()).resolves.toContain("<script>window.__xss = 1</script>");
    expect(await bodyEl.locator("mark").first().textContent()).toBe("3");
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await expect(page.locator("h1").textContent()).resolves.toContain("<img src=x");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it("incidents table sorts and the regions page lists regions with sparklines", async () => {
    const page = await open("/incidents?sort=killed");
    const first = await page.locator("[data-testid=incidents-table] tbody tr").first().locator("td").nth(8).textContent();
    const max = (db.prepare(`SELECT MAX("killed") AS m FROM "Incident"`).get() as { m: number }).m;
    expect(first).toBe(max.toLocaleString("en-GB"));
    await screenshot(page, "incidents");
    await page.goto(base() + "/regions");
    expect(await page.locator("[data-testid=regions-table] svg.sparkline").count()).toBeGreaterThan(0);
    await screenshot(page, "regions");
    await page.close();
  });

  it("fits a phone's width", async () => {
    const page = await open("/", 390);
    await page.locator("[data-testid=chart-incidents] svg.recharts-surface[role=application]").waitFor();
    await regionFills(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, "overview-phone");
    await page.close();
  });
});

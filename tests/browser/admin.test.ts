// The admin path end to end, in Chromium against the production build:
// create an admin, sign in, correct a figure, see the overview's totals and
// chart table and the incident's audit trail change, re-extract the article,
// and the correction still stands. Also: hostile article text renders inert,
// and a form posted from another site changes nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, screenshot } from "./chromium";
import { createDb, type Db } from "@/lib/db/client";
import { createAdminUser } from "@/lib/auth/users";
import { ingestReport } from "@/lib/services/ingest";
import type { Claim, Extraction, ReportInput } from "@/lib/extract/types";

const EMAIL = "analyst@example.org";
const POLL = { timeout: 15_000 };
const PASSWORD = "browser test passphrase";
const DAY = "2024-02-29";
const HOSTILE_TITLE = "Strike report <script>window.__pwned = 1</script>";
const TEXT =
  `Russian forces launched 40 drones at Kharkiv oblast overnight on 29 February 2024. Three people were killed in Kharkiv, the governor said. ` +
  `<script>window.__pwned = 2</script> More at <a href="javascript:window.__pwned=3">this link</a> or javascript:window.__pwned=4 .`;

/** A fixed extraction of TEXT, so the test does not depend on the extractor's current skill. */
function fixedExtract(input: ReportInput): Extraction {
  const at = (s: string) => input.text.indexOf(s);
  const base = { qualifier: "exact", claimant: "governor", claimantSide: "UA", date: DAY, country: "UA", region: "UA-63", place: "Kharkiv", attacker: "RU", language: "en" } as const;
  const s1 = input.text.slice(0, at("Three"));
  const s2 = input.text.slice(at("Three"), at("<script>")).trim();
  const claims: Claim[] = [
    { ...base, field: "drones_launched", value: 40, weapons: ["drone"], start: at("40"), end: at("40") + 2, sentence: s1.trim(), sentenceStart: 0, sentenceEnd: s1.trim().length },
    { ...base, field: "killed", value: 3, weapons: [], start: at("Three"), end: at("Three") + 5, sentence: s2, sentenceStart: at("Three"), sentenceEnd: at("Three") + s2.length },
  ];
  return { language: "en", claims, incidents: [], extractorVersion: "browser-fixed" };
}

describe("admin", () => {
  let browser: Browser;
  let db: Db;
  let base: string;
  let incidentId: number;
  let articleId: number;

  beforeAll(async () => {
    base = inject("baseURL");
    db = createDb(inject("dbFile"));
    await createAdminUser(db, EMAIL, PASSWORD);
    const r = await ingestReport(db, { text: TEXT, title: HOSTILE_TITLE, url: "javascript:alert(document.cookie)", publisher: "Test wire", published: `${DAY}T08:00:00Z`, sourceKind: "form" }, { extract: fixedExtract });
    articleId = r.articleId;
    incidentId = r.incidentIds[0];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  const overviewUrl = () => `${base}/?from=${DAY}&to=${DAY}&region=UA-63&attacker=RU&bucket=day`;
  async function killedOnOverview(page: Page) {
    await page.goto(overviewUrl());
    const total = (await page.getByTestId("total-killed").locator(".big").textContent())?.trim();
    const row = await page.getByTestId("table-casualties").locator("tbody tr", { hasText: DAY }).first().textContent();
    return { total, row };
  }

  it("signs in, corrects a figure, the overview and audit trail follow, and the correction survives re-extraction", async () => {
    const page = await (await browser.newContext()).newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });

    // Signed out, /admin sends you to sign in.
    await page.goto(`${base}/admin/incidents/${incidentId}`);
    expect(new URL(page.url()).pathname).toBe("/admin/sign-in");
    await page.fill("input[name=email]", EMAIL);
    await page.fill("input[name=password]", "wrong password here");
    await page.click("button[type=submit]");
    await expect.poll(() => page.getByTestId("sign-in-form").locator(".err-msg").textContent(), POLL).toMatch(/wrong email or password/);
    await screenshot(page, "admin-sign-in-refused");
    await page.fill("input[name=password]", PASSWORD);
    await page.click("button[type=submit]");
    await expect.poll(() => page.url(), POLL).toBe(`${base}/admin`);
    const cookie = (await page.context().cookies()).find((c) => c.name === "sw_admin_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await expect.poll(() => page.getByTestId("admin-email").textContent(), POLL).toBe(EMAIL);
    await expect.poll(() => page.getByTestId(`queue-${incidentId}`).textContent(), POLL).toMatch(/3 killed/);
    await screenshot(page, "admin-queue");

    const before = await killedOnOverview(page);
    expect(before.total).toBe("3");
    expect(before.row).toContain("3");

    // Correct "killed" from 3 to 5.
    await page.goto(`${base}/admin/incidents/${incidentId}`);
    const form = page.getByTestId("correction-form");
    await form.locator("input[name=killed]").fill("-5");
    await form.locator("textarea[name=reason]").fill("governor's later update");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => form.locator("#killed-err").textContent(), POLL).toMatch(/negative/);
    await form.locator("input[name=killed]").fill("5");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => page.getByTestId("correction-result").textContent(), POLL).toMatch(/saved 1 correction: killed/);
    await expect.poll(() => page.getByTestId("value-killed").textContent(), POLL).toMatch(/^5/);
    await expect.poll(() => page.getByTestId("corrections").textContent(), POLL).toMatch(/Killed: 3 → 5.*governor's later update/);
    await screenshot(page, "admin-incident-corrected");

    const after = await killedOnOverview(page);
    expect(after.total).toBe("5");
    expect(after.row).toContain("5");
    await screenshot(page, "admin-overview-after-correction");

    // Re-extract the article with the real extractor; the correction stands.
    await page.goto(`${base}/admin/articles/${articleId}`);
    await expect.poll(() => page.getByTestId("article-title").textContent(), POLL).toBe(HOSTILE_TITLE);
    await expect.poll(() => page.getByTestId("article-body").textContent(), POLL).toContain("<script>window.__pwned = 2</script>");
    expect(await page.locator("[data-testid=article-body] script, [data-testid=article-body] a").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByTestId("reextract").locator("button").click();
    await expect.poll(() => page.getByTestId("reextract").locator(".ok-msg").textContent(), POLL).toMatch(/re-extracted with extractor/);
    await expect.poll(() => page.getByTestId("article-audit").textContent(), POLL).toMatch(/article\.reextract/);
    await screenshot(page, "admin-article-reextracted");

    await page.goto(`${base}/admin/incidents/${incidentId}`);
    await expect.poll(() => page.getByTestId("value-killed").textContent(), POLL).toMatch(/^5/);
    expect((await killedOnOverview(page)).total).toBe("5");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // One click in the queue marks it reviewed; it leaves the queue.
    await page.goto(`${base}/admin`);
    await page.getByTestId(`review-${incidentId}`).locator("button").click();
    await expect.poll(() => page.getByTestId(`queue-${incidentId}`).count(), POLL).toBe(0);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).reviewStatus).toBe("reviewed");

    // The public pages show the same hostile title and text as text, and the correction.
    for (const path of [`/articles/${articleId}`, `/incidents/${incidentId}`]) {
      await page.goto(base + path);
      await expect.poll(() => page.locator("main").textContent(), POLL).toContain("<script>window.__pwned = 1</script>");
      expect(await page.locator('main script, a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    await screenshot(page, "admin-public-incident-after-correction");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("a form posted from another site changes nothing", async () => {
    const page = await (await browser.newContext()).newPage();
    // Sign in on the real origin and copy a rendered correction form (with its action id)...
    await page.goto(`${base}/admin/sign-in`);
    await page.fill("input[name=email]", EMAIL);
    await page.fill("input[name=password]", PASSWORD);
    await page.click("button[type=submit]");
    await expect.poll(() => page.url(), POLL).toBe(`${base}/admin`);
    await page.goto(`${base}/admin/incidents/${incidentId}`);
    const formHtml = await page.getByTestId("correction-form").evaluate((f) => f.outerHTML);
    const corrections = await db.correction.count();
    const killed = (await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).killed;

    // ...then post it from another origin (localhost vs 127.0.0.1), as a hostile page would.
    const evilOrigin = base.replace("127.0.0.1", "localhost");
    const evil = await page.context().newPage();
    await evil.goto(`${evilOrigin}/`);
    const status = await evil.evaluate(async ({ html, target }) => {
      const holder = document.createElement("div");
      holder.innerHTML = html;
      const f = holder.querySelector("form")!;
      (f.querySelector("[name=killed]") as HTMLInputElement).value = "999";
      (f.querySelector("[name=reason]") as HTMLTextAreaElement).value = "forged";
      const res = await fetch(target, { method: "POST", body: new FormData(f), credentials: "include", mode: "no-cors" });
      return res.type;
    }, { html: formHtml, target: `${base}/admin/incidents/${incidentId}` });
    expect(status).toBe("opaque");
    expect(await db.correction.count()).toBe(corrections);

    // Same forged post with the admin's own session cookie attached (a browser without
    // SameSite, or a same-site attacker): the Origin check refuses it.
    const cookie = (await page.context().cookies()).find((c) => c.name === "sw_admin_session")!;
    const fd = await page.getByTestId("correction-form").evaluate((f) => [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)]));
    const body = new FormData();
    for (const [k, v] of fd) body.append(k, k === "killed" ? "999" : k === "reason" ? "forged" : v);
    const res = await fetch(`${base}/admin/incidents/${incidentId}`, { method: "POST", body, headers: { cookie: `${cookie.name}=${cookie.value}`, origin: "http://evil.example" }, redirect: "manual" });
    expect(res.status).not.toBe(303);
    expect(await db.correction.count()).toBe(corrections);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).killed).toBe(killed);

    // Control: the very same request from this site's origin goes through, so the
    // refusals above were the origin check, not a malformed request.
    const ok = await fetch(`${base}/admin/incidents/${incidentId}`, { method: "POST", body, headers: { cookie: `${cookie.name}=${cookie.value}`, origin: base }, redirect: "manual" });
    expect(ok.status).toBeLessThan(400);
    expect(await db.correction.count()).toBe(corrections + 1);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).killed).toBe(999);
    await page.close();
  });
});

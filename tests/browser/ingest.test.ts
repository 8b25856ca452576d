// The ingest form end to end: signed out it asks you to sign in; signed in, a
// pasted report is stored (and the same text again is "unchanged"), an
// uploaded Telegram export is ingested message by message, and a bad file is
// named with its reason while the rest is stored. Also: the demo corpus was
// loaded by the same setup `npm start` runs.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, screenshot } from "./chromium";
import { createDb, type Db } from "@/lib/db/client";
import { createAdminUser } from "@/lib/auth/users";

const EMAIL = "ingest-editor@example.org";
const PASSWORD = "ingest browser passphrase";
const POLL = { timeout: 20_000 };
const FIX = path.resolve(__dirname, "../fixtures/ingest");

describe("admin ingest form", () => {
  let browser: Browser;
  let db: Db;
  let base: string;

  beforeAll(async () => {
    base = inject("baseURL");
    db = createDb(inject("dbFile"));
    await createAdminUser(db, EMAIL, PASSWORD);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("the demo corpus is loaded on an empty database", async () => {
    expect(await db.article.count({ where: { sourceKind: "demo" } })).toBeGreaterThanOrEqual(50);
  });

  it("pastes a report, refuses nothing twice, uploads a Telegram export and names a bad file", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/admin/ingest`);
    expect(new URL(page.url()).pathname).toBe("/admin/sign-in");
    await page.fill("input[name=email]", EMAIL);
    await page.fill("input[name=password]", PASSWORD);
    await page.click("button[type=submit]");
    await expect.poll(() => page.url(), POLL).toBe(`${base}/admin`);
    await page.goto(`${base}/admin/ingest`);

    const paste = page.getByTestId("paste-form");
    const text = "Russian drones struck Sumy overnight on March 3, 2025. Two people were injured in Sumy, regional head Oleh Hryhorov said.";
    await paste.locator("textarea[name=text]").fill(text);
    await paste.locator("input[name=url]").fill("ftp://example.org/sumy-test");
    await paste.locator("button[type=submit]").click();
    await expect.poll(() => paste.locator(".err-msg").textContent(), POLL).toMatch(/^url: an http\(s\) address/);
    await paste.locator("input[name=url]").fill("https://example.org/sumy-test");
    await paste.locator("input[name=publisher]").fill("Browser test wire");
    await paste.locator("input[name=published]").fill("2025-03-03T09:30");
    await paste.locator("button[type=submit]").click();
    await expect.poll(() => paste.locator(".ok-msg").textContent(), POLL).toMatch(/^new: article #\d+/);
    const stored = await db.article.findFirstOrThrow({ where: { url: "https://example.org/sumy-test" } });
    expect(stored).toMatchObject({ publisher: "Browser test wire", sourceKind: "form" });
    // 09:30 on a Kyiv wall clock in March (UTC+2) is 07:30 UTC.
    expect(stored.published?.toISOString()).toBe("2025-03-03T07:30:00.000Z");
    await paste.locator("button[type=submit]").click();
    await expect.poll(() => paste.locator(".ok-msg").textContent(), POLL).toMatch(/^unchanged: this text is already stored as article #/);
    await screenshot(page, "ingest-paste");

    const upload = page.getByTestId("upload-form");
    await upload.locator("input[type=file]").setInputFiles([
      { name: "result.json", mimeType: "application/json", buffer: fs.readFileSync(path.join(FIX, "telegram-v1.json")) },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    ]);
    await upload.locator("button[type=submit]").click();
    await expect.poll(() => upload.locator("[role=alert], [role=status]").textContent(), POLL).toMatch(/new 2, updated 0, unchanged 0, failed 1, skipped 2 .*empty\.txt: empty file/);
    expect(await db.article.count({ where: { sourceKey: { startsWith: "telegram:777001/" } } })).toBe(2);
    await screenshot(page, "ingest-upload");
  }, 180_000);
});

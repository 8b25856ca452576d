import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, screenshot } from "./chromium";

describe("served app", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it("the overview reads from the database", async () => {
    const page = await browser.newPage();
    const res = await page.goto(inject("baseURL") + "/");
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("db-counts").textContent()).resolves.toMatch(/holds [1-9][\d,]* articles, [1-9][\d,]* incidents and [1-9][\d,]* claims/);
    await screenshot(page, "overview-smoke");
    await page.close();
  });
});

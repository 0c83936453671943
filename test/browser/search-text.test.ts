/**
 * Search over document text in the browser: a sentence found in simplified or traditional
 * characters opens the reader at its span. Screenshots to test-output/screens/.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, SCREENS, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

/** The text highlighted as the reader's focus. */
const focusText = (page: Page) => page.locator("#reader mark.focus").allTextContents().then((t) => t.join(""));

describe("search over document text", () => {
  for (const [q, name] of [
    ["維權援助", "traditional"],
    ["维权援助", "simplified"],
  ] as const) {
    it(`finds ${q} as a sentence and opens it in the reader at its span`, async () => {
      const { page, errors } = await openPage(browser(), url);
      await page.waitForSelector(".start .chip");
      await page.fill("#search", q);
      await page.waitForSelector(".suggestion.sentence");
      const heading = await page.locator(".suggestion-heading").allTextContents();
      expect(heading.some((h) => /原文句子 · \d+ 句/.test(h))).toBe(true);
      const first = page.locator(".suggestion.sentence").first();
      expect(await first.locator("mark").textContent()).toBe("维权援助");
      expect(await first.locator(".sentence-where").textContent()).toMatch(/《.+》/);
      await shot(page, `search-text-${name}`);
      await first.click();
      await page.waitForSelector("#reader:not([hidden]) .doc-text");
      expect(await focusText(page)).toContain("维权援助");
      await page.waitForTimeout(300);
      await shot(page, `search-text-${name}-reader`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("pages through more sentences than fit in one list", async () => {
    const { page, errors } = await openPage(browser(), url);
    await page.waitForSelector(".start .chip");
    await page.fill("#search", "创新券");
    await page.waitForSelector(".suggestion.more");
    const before = await page.locator(".suggestion.sentence").count();
    await page.locator(".suggestion.more").last().click();
    await page.waitForFunction((n) => document.querySelectorAll(".suggestion.sentence").length > n, before);
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot(page, "search-text-more-1280");
    expect(errors).toEqual([]);
    await page.close();
  });
});

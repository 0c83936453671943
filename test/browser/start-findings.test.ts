/**
 * The first thing the start page offers is a diffusion finding, not an empty canvas: the
 * 创新券 adoption curve across the corpus, one click away, with its adopters listed.
 */
import path from "node:path";
import { expect, inject, it } from "vitest";
import { SCREENS, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

it("leads with the 创新券 finding and opens its adoption curve with the adopters", async () => {
  const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  const lead = page.locator('.finding-lead [data-finding="创新券"]');
  await lead.waitFor();
  expect(await page.locator(".findings").textContent()).toMatch(/创新券:语料中有文件的 \d+ 个市级地区里,\d+ 个先后采纳/);
  await page.screenshot({ path: path.join(SCREENS, "start-findings.png") });
  await lead.click();
  await page.waitForSelector('.diffusion-view[data-view="timeline"] table');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#diffusion/timeline?item=创新券");
  const rows = await page.locator('.diffusion-view[data-view="timeline"] tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(3);
  await page.close();
});

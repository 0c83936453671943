/**
 * The adoption views of the diffusion tab on the seeded app (90 documents): the 创新券 curve
 * and its first adopter's evidence in the reader, the matrix and a cell's evidence, the
 * event-history CSV, the level switch, and the map's coloured regions. Screenshots of each
 * view go to test-output/screens/diffusion-*.png.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SCREENS, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

async function openView(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}/${hash}`);
  await page.waitForSelector("body[data-ready]");
  return { page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `diffusion-${name}.png`) });

/** The text of the reader's highlighted evidence span, once it is shown. */
async function evidenceText(page: Page): Promise<string> {
  await page.waitForSelector(".doc-text mark.focus");
  return (await page.locator(".doc-text mark.focus").allTextContents()).join("");
}

describe("diffusion: adoption of 创新券", () => {
  it("shows every instrument's curve, opens 创新券's and reads its first adopter's evidence", async () => {
    const { page, errors } = await openView("#diffusion/timeline");
    const panel = page.locator('button.multiple[data-item="创新券"]');
    await panel.waitFor();
    expect(await page.locator("button.multiple").count()).toBeGreaterThan(10);
    expect(await panel.textContent()).toMatch(/首个采纳者/);
    await shot(page, "timeline-overview");

    await panel.click();
    await page.waitForSelector("table.adopters tbody tr");
    await page.waitForURL(/item=/); // the URL keeps the finding: #diffusion/timeline?item=创新券
    const rows = page.locator("table.adopters tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("table.adopters tr.first-adopter").count()).toBeGreaterThanOrEqual(1);
    // The curve rises to the number of adopters.
    expect(await page.locator(".timeline-item svg").first().textContent()).toContain(String(await rows.count()));
    await shot(page, "timeline-创新券");

    await page.locator("table.adopters tr.first-adopter button[data-doc]").first().click();
    expect(await evidenceText(page)).toContain("创新券");
    await shot(page, "timeline-evidence");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a matrix cell's evidence, exports the event history and switches level", async () => {
    const { page, errors } = await openView("#diffusion/adoption");
    await page.waitForSelector("table.matrix tbody tr");
    await shot(page, "matrix");
    const cell = page.locator('button.cell-year[data-item="创新券"]').first();
    await cell.click();
    expect(await evidenceText(page)).toContain("创新券");
    await page.keyboard.press("Escape");

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-csv="events"]').first().click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(csv[0]).toBe("place_code,place,level,instrument,category,first_year,published_on,doc_id,doc_number");
    const voucherPlaces = new Set(csv.slice(1).map((l) => l.split(",")).filter((c) => c[3] === "创新券").map((c) => c[0]));
    expect(voucherPlaces.size).toBeGreaterThanOrEqual(3);
    expect(csv.some((l) => /^330400,浙江省嘉兴市,city,创新券,voucher,2017,/.test(l))).toBe(true);

    const cityRows = await page.locator("table.matrix tbody tr").count();
    await page.selectOption('select[name="level"]', "district");
    await page.waitForSelector('table.matrix tbody tr[data-place="331024"]'); // 仙居县, a county of 台州市
    await page.waitForURL(/level=district/);
    expect(await page.locator("table.matrix tbody tr").count()).toBeGreaterThan(cityRows);
    await shot(page, "matrix-district");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("colours the regions that adopted 创新券 on the map of Zhejiang", async () => {
    const { page, errors } = await openView("#diffusion/map");
    await page.waitForSelector(".map-card svg [aria-label=geo] path", { state: "attached" });
    await page.waitForTimeout(300);
    const fills = await page.locator(".map-card svg [aria-label=geo] path").evaluateAll((paths) => paths.map((p) => p.getAttribute("fill")));
    const coloured = fills.filter((f) => f && f !== "none" && !["#e5e7eb", "#f8fafc"].includes(f));
    expect(coloured.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".map-card h3").textContent()).toContain("浙江省");
    await shot(page, "map");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the neighbours and ranks the innovators", async () => {
    const { page, errors } = await openView("#diffusion/neighbours?item=%E8%B4%B7%E6%AC%BE%E8%B4%B4%E6%81%AF");
    await page.waitForSelector(".map-card svg [aria-label=geo] path", { state: "attached" });
    expect(await page.locator(".headline").textContent()).toMatch(/贷款贴息/);
    await shot(page, "neighbours");
    await page.close();

    const ranking = await openView("#diffusion/innovativeness");
    await ranking.page.waitForSelector("table.ranking tbody tr");
    expect(await ranking.page.locator("table.ranking tbody tr").count()).toBeGreaterThan(5);
    await shot(ranking.page, "innovativeness");
    expect([...errors, ...ranking.errors]).toEqual([]);
    await ranking.page.close();
  });
});

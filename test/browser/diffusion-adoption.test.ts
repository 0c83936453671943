/**
 * The adoption views of the diffusion tab on the seeded app (90 documents): the 创新券 curve
 * and its first adopter's evidence in the reader, the matrix and a cell's evidence, the
 * event-history CSV, the level and rollup switches (rows of one level only), the map's
 * coloured regions with observed non-adopters and unobserved places told apart, and the
 * inferred network. Screenshots of each view go to test-output/screens/diffusion-*.png.
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
    expect(csv[0]).toBe("place_code,place,level,parent_code,instrument,category,first_year,published_on,doc_id,doc_number,title,evidence");
    const voucherPlaces = new Set(csv.slice(1).map((l) => l.split(",")).filter((c) => c[4] === "创新券").map((c) => c[0]));
    expect(voucherPlaces.size).toBeGreaterThanOrEqual(3);
    expect(csv.some((l) => /^330400,浙江省嘉兴市,city,330000,创新券,voucher,2017,/.test(l))).toBe(true);

    // City level: rows are cities only (and a municipality's districts, 开州区), never a province.
    const codes = () => page.locator("table.matrix tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-place") ?? ""));
    const cityCodes = await codes();
    expect(cityCodes.filter((c) => c.endsWith("0000"))).toEqual([]);
    expect(cityCodes).not.toContain("331024");
    // An observed place's empty cell says it was observed and did not adopt.
    expect(await page.locator("table.matrix td.not-adopted").first().getAttribute("title")).toMatch(/有文件,未采纳/);

    await page.selectOption('select[name="level"]', "district");
    await page.waitForSelector('table.matrix tbody tr[data-place="331024"]'); // 仙居县, a county of 台州市
    await page.waitForURL(/level=district/);
    const districtCodes = await codes();
    expect(districtCodes.length).toBeGreaterThan(cityCodes.length);
    // District level: no city's or province's own documents as rows (they are listed apart).
    expect(districtCodes.filter((c) => c.endsWith("00"))).toEqual([]);
    expect(await page.locator("details.above-list summary").textContent()).toMatch(/上级政府文件的采纳/);
    await shot(page, "matrix-district");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("rolls lower levels up only when asked: ticking the box adds the counties' documents to their cities", async () => {
    const { page, errors } = await openView("#diffusion/adoption");
    await page.waitForSelector("table.matrix tbody tr");
    const before = await page.locator("table.matrix tbody tr").count();
    expect(await page.locator(".coverage-line").textContent()).toMatch(/下级文件 \d+ 份未计入/);
    await page.locator('input[name="rollup"]').check();
    await page.waitForURL(/rollup=true/);
    await page.waitForFunction((n) => document.querySelectorAll("table.matrix tbody tr").length > n, before);
    expect(await page.locator(".coverage-line").textContent()).not.toMatch(/下级文件/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("colours the regions that adopted 创新券 on the map of Zhejiang, and tells observed non-adopters from unobserved places", async () => {
    const { page, errors } = await openView("#diffusion/map?rollup=true");
    await page.waitForSelector(".map-card svg [aria-label=geo] path", { state: "attached" });
    await page.waitForTimeout(300);
    // A constant fill sits on the mark's group, a fill by year on each path.
    const fills = await page.locator(".map-card svg [aria-label=geo] path").evaluateAll((paths) => paths.map((p) => p.getAttribute("fill") ?? p.parentElement?.getAttribute("fill") ?? null));
    const NOT_ADOPTED = "#9ca3af";
    const UNOBSERVED = "#f1f5f9";
    const coloured = fills.filter((f) => f && f !== "none" && !["#f8fafc", NOT_ADOPTED, UNOBSERVED].includes(f));
    expect(coloured.length).toBeGreaterThanOrEqual(3);
    // 湖州市 has documents and did not adopt 创新券; 丽水市 has none: two different fills, two different tooltips.
    expect(fills.filter((f) => f === NOT_ADOPTED).length).toBeGreaterThanOrEqual(3);
    expect(fills.filter((f) => f === UNOBSERVED).length).toBeGreaterThanOrEqual(1);
    const titles = await page.locator(".map-card svg [aria-label=geo] path title").allTextContents();
    expect(titles.find((t) => t.startsWith("湖州市"))).toMatch(/有文件,未采纳 \(观测 2016–2018 年\)/);
    expect(titles.find((t) => t.startsWith("丽水市"))).toMatch(/无文件\(未观测\)/);
    expect(await page.locator(".not-adopted-list li").allTextContents()).toContainEqual(expect.stringContaining("湖州市"));
    const line = page.locator(".map-card .coverage-line");
    expect(Number(await line.getAttribute("data-observed"))).toBeGreaterThanOrEqual(10);
    expect(Number(await line.getAttribute("data-unobserved"))).toBeGreaterThanOrEqual(1);
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

    const ranking = await openView("#diffusion/innovativeness?level=district");
    await ranking.page.waitForSelector("table.ranking tbody tr");
    // Ranked places first, each with its pairs and coverage; places observed in one year apart, not ranked.
    expect(await ranking.page.locator("section.card:not(.flagged) table.ranking tbody tr").count()).toBeGreaterThanOrEqual(5);
    expect(await ranking.page.locator('section.flagged table.ranking tbody tr[data-flag="few-years"]').count()).toBeGreaterThan(5);
    expect(await ranking.page.locator("[data-correlation]").count()).toBe(1);
    await shot(ranking.page, "innovativeness");
    expect([...errors, ...ranking.errors]).toEqual([]);
    await ranking.page.close();
  });

  it("draws the inferred diffusion network on the map and as a graph, every tie marked inferred", async () => {
    const { page, errors } = await openView("#diffusion/network?level=district");
    await page.waitForSelector("table.tie-list tbody tr");
    expect(await page.locator('table.tie-list tbody tr[data-inferred="true"]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator(".map-card svg [aria-label=arrow] path").count()).toBeGreaterThanOrEqual(5);
    const edges = await page.locator('[data-testid="network-graph"]').evaluate((el) => (el as unknown as { cy: { edges(): { length: number } } }).cy.edges().length);
    expect(edges).toBe(await page.locator("table.tie-list tbody tr").count());
    await shot(page, "network");
    expect(errors).toEqual([]);
    await page.close();
  });
});

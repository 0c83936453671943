/**
 * The network analyses on the seeded app (90 documents): each view draws with data, a click
 * leads to the evidence in the reader or to the graph, each CSV export downloads with its
 * header. Screenshots go to test-output/screens/diffusion-*.png.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, SCREENS } from "./browser.js";

const url = inject("appUrl");
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(view: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}#diffusion/${view}`);
  await page.waitForSelector(`.diffusion-view[data-view="${view}"] a.csv-link`);
  return { page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `diffusion-${name}.png`), fullPage: true });

/** Clicks the view's CSV link and answers the downloaded file's rows, header first. */
async function csvRows(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(".diffusion-view a.csv-link")]);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1).split("\r\n").filter(Boolean);
}
const csvHeader = async (page: Page) => (await csvRows(page))[0];

/** The reader shows `quote` highlighted as the evidence it was opened on. */
async function readerShows(page: Page, quote: string) {
  await page.waitForSelector(".doc-text mark.focus");
  expect((await page.locator(".doc-text mark.focus").allTextContents()).join("")).toBe(quote);
}

describe("diffusion network views", () => {
  it("citations: draws the levels as rows, a node shows its citing sentences, one opens in the reader", async () => {
    const { page, errors } = await openView("citations");
    await page.waitForSelector('[data-testid="citation-canvas"] canvas');
    expect(await page.locator('[data-testid="shared-upstream"] tbody tr').count()).toBeGreaterThan(3);
    await page.waitForTimeout(500);
    await shot(page, "citations");

    // The most-cited upstream document, clicked where the canvas draws it.
    const at = await page.evaluate(() => {
      const host = document.querySelector('[data-testid="citation-canvas"]') as HTMLElement & { cy: any };
      const node = host.cy.nodes(":not(.band)").max((n: any) => n.data("size")).ele;
      const p = node.renderedPosition();
      const box = host.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, rows: [...new Set(host.cy.nodes(".band").map((n: any) => n.position().y))].length };
    });
    expect(at.rows).toBeGreaterThanOrEqual(4);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(".citation-evidence blockquote");
    expect(await page.locator(".citation-evidence blockquote").count()).toBeGreaterThanOrEqual(2);
    const quote = (await page.locator(".citation-evidence blockquote").first().textContent())!;
    await page.locator(".citation-evidence .open-evidence").first().click();
    await readerShows(page, quote);
    await shot(page, "citations-reader");
    await page.keyboard.press("Escape");

    expect(await csvHeader(page)).toBe("citing_id,citing_title,citing_year,citing_level,citing_place,kind,cited_id,cited_title,cited_kind,cited_level,cited_place,cited_by_documents,quote");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("targets: compares an indicator's targets in a chart and a table whose rows open the sentence", async () => {
    const { page, errors } = await openView("targets");
    await page.waitForSelector('[data-testid="targets-chart"] svg');
    expect(await page.locator('[data-testid="indicator-picker"] optgroup').first().locator("option").count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="targets-chart"] svg [aria-label="dot"] circle').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="targets-table"] tbody tr').count()).toBeGreaterThanOrEqual(2);
    await shot(page, "targets");

    const quote = (await page.locator('[data-testid="targets-table"] tbody tr').first().locator("td").last().textContent())!;
    await page.locator('[data-testid="targets-table"] .open-evidence').first().click();
    await readerShows(page, quote);
    await page.keyboard.press("Escape");

    expect(await csvHeader(page)).toBe("indicator,doc_id,title,place,year,target_year,value,unit,normalised_value,normalised_unit,comparable,quote");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("similarity: lists similar pairs and shows a pair's reused passages marked in both texts", async () => {
    const { page, errors } = await openView("similarity");
    await page.waitForSelector('[data-testid="similar-pairs"] tbody tr');
    expect(await page.locator('[data-testid="similar-pairs"] tbody tr').count()).toBeGreaterThan(10);
    await page.locator('[data-testid="similar-pairs"] button.compare').first().click();
    await page.waitForSelector('[data-testid="reuse-panes"] mark');
    const [a, b] = await Promise.all(
      [0, 1].map((i) => page.locator(".reuse-pane").nth(i).locator('mark[data-passage="0"]').textContent()),
    );
    // The same passage, whatever line breaks or punctuation each document put around it.
    const letters = (s?: string | null) => (s ?? "").replace(/[^\p{L}\p{N}]/gu, "");
    expect(letters(a).length).toBeGreaterThanOrEqual(20);
    expect(letters(a)).toBe(letters(b));
    await page.waitForTimeout(300);
    await shot(page, "similarity");

    await page.locator(".passage-list .open-evidence").first().click();
    await readerShows(page, a!);
    await page.keyboard.press("Escape");

    expect(await csvHeader(page)).toBe("doc_a,title_a,place_a,year_a,doc_b,title_b,place_b,year_b,jaccard,text_reuse,longest_passage,shared_instruments,shared_industries,shared_indicators");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("centrality: ranks entities in a bar chart; a bar opens the entity in the graph", async () => {
    const { page, errors } = await openView("centrality");
    await page.waitForSelector('[data-testid="centrality-chart"] svg');
    expect(await page.locator('[data-testid="centrality-table"] tbody tr').count()).toBe(25);
    await shot(page, "centrality");
    const [header, first] = await csvRows(page);
    expect(header).toBe("rank,id,label,name,degree,documents,pagerank,betweenness");
    expect(first!.startsWith("1,")).toBe(true);

    // The top bar is the CSV's first row: clicking it opens that entity in the graph.
    const id = first!.split(",")[1]!;
    await page.locator('[data-testid="centrality-chart"] [aria-label="bar"] rect').first().click();
    await page.waitForFunction((id) => (window as any).__pg.cy.getElementById(id).length === 1, id);
    await page.waitForSelector("#cy canvas");
    expect(errors).toEqual([]);
    await page.close();
  });
});

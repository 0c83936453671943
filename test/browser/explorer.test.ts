/**
 * The explorer end to end against the seeded graph: find, open, expand, filter, read the
 * evidence, export, reopen from the URL; plus keyboard use (markup in documents: xss.test.ts).
 * Screenshots of every step go to test-output/screens/ for a human to look at.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage as openBrowserPage, SCREENS, settled, shot, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

const openPage = (href = url) => openBrowserPage(browser(), href);

const nodeCount = (page: Page) => page.evaluate(() => (window as any).__pg.cy.nodes().length as number);
const visiblePositions = (page: Page) =>
  page.evaluate(() => Object.fromEntries((window as any).__pg.cy.nodes(":visible").map((n: any) => [n.id(), n.position()])) as Record<string, { x: number; y: number }>);

/** Where a node is on the page, for real mouse events. */
async function nodeOnPage(page: Page, id: string) {
  return page.evaluate((id) => {
    const cy = (window as any).__pg.cy;
    const p = cy.getElementById(id).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

describe("explorer", () => {
  it("finds 乐山, opens, expands, filters by year, shows evidence and the document, exports a PNG and reopens the same view from its URL", async () => {
    const { page, dialogs, errors } = await openPage();
    await page.waitForSelector(".start .chip");
    await shot(page, "01-start");

    await page.fill("#search", "乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    await shot(page, "02-suggestions");
    const options = await page.locator(".suggestion .suggestion-name").allTextContents();
    const pick = Math.max(0, options.findIndex((n) => n === "乐山市"));
    await page.locator(".suggestion").nth(pick).click();
    await settled(page, 2, 500);
    const opened = await nodeCount(page);
    await shot(page, "03-opened");

    // Expand the best-connected neighbour that is not a document (a document brings its every
    // mention, too many for a readable picture) with a real double-click.
    const target = await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      const pool = cy.nodes().not(".root").not('[label = "Document"]');
      return (pool.nonempty() ? pool : cy.nodes().not(".root")).max((n: any) => Number(n.data("degree"))).ele.id() as string;
    });
    const at = await nodeOnPage(page, target);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => (window as any).__pg.cy.nodes().length > n, opened);
    await settled(page, 1, 500);
    expect(await nodeCount(page)).toBeGreaterThan(opened);
    await shot(page, "04-expanded");

    // Narrow the year range: elements hide in place, and whatever stays keeps its position.
    const before = await visiblePositions(page);
    const years = await page.evaluate(() => {
      const from = document.querySelector<HTMLInputElement>(".year-from")!;
      return { min: Number(from.min), max: Number(from.max) };
    });
    const docYears = await page.evaluate(() =>
      (window as any).__pg.cy
        .nodes('[label = "Document"]')
        .map((n: any) => Number(String(n.data("props").publishedOn ?? "").slice(0, 4)))
        .filter((y: number) => y > 0),
    );
    const keepYear = docYears.length ? Math.min(...docYears) : years.min;
    await page.evaluate(
      ({ lo, hi }) => {
        for (const [cls, v] of [
          [".year-from", lo],
          [".year-to", hi],
        ] as const) {
          const input = document.querySelector<HTMLInputElement>(cls)!;
          input.value = String(v);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
      },
      { lo: keepYear + 1, hi: years.max },
    );
    await page.waitForTimeout(400);
    const after = await visiblePositions(page);
    expect(Object.keys(after).length).toBeLessThan(Object.keys(before).length);
    for (const [id, p] of Object.entries(after)) {
      expect(Math.abs(p.x - before[id]!.x)).toBeLessThan(0.5);
      expect(Math.abs(p.y - before[id]!.y)).toBeLessThan(0.5);
    }
    await shot(page, "05-filtered-by-year");
    await page.click("text=重置筛选");
    await page.waitForTimeout(300);
    expect(Object.keys(await visiblePositions(page)).length).toBe(Object.keys(before).length);

    // An edge's evidence: graph answers leave its quote out, the panel asks for it.
    const edge = await page.evaluate(() => {
      const e = (window as any).__pg.cy.edges().filter((e: any) => typeof e.data("props").docId === "string" && !["MENTIONS", "HAS_MEASURE"].includes(e.data("type")))[0];
      e.emit("tap");
      return { id: e.id() as string, quote: e.data("props").quote as unknown };
    });
    expect(edge.quote).toBeUndefined();
    await page.waitForSelector(".evidence .badge.rel");
    await page.waitForSelector(".evidence blockquote");
    const stated = await page.evaluate(async (id) => (await (await fetch(`/api/relationships/${encodeURIComponent(id)}`)).json()).props.quote as string, edge.id);
    expect(stated.length).toBeGreaterThan(5);
    expect(await page.locator(".evidence blockquote").first().textContent()).toBe(stated);

    // Evidence: click a node that has supporting quotes, open the first in the reader.
    const withEvidence = await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      const e = cy.edges().filter((e: any) => typeof e.data("props").docId === "string" && !["MENTIONS", "HAS_MEASURE"].includes(e.data("type")))[0] ?? cy.edges()[0];
      return e.source().data("label") === "Document" ? e.target().id() : e.source().id();
    });
    const np = await nodeOnPage(page, withEvidence);
    await page.mouse.click(np.x, np.y);
    await page.waitForSelector(".evidence .quotes li");
    await shot(page, "06-evidence");
    const quote = (await page.locator(".evidence blockquote").first().textContent())!;
    await page.locator(".evidence .doc-link").first().click();
    await page.waitForSelector(".doc-text mark.focus");
    await page.waitForTimeout(400);
    const focusText = await page.locator(".doc-text mark.focus").allTextContents();
    expect(focusText.join("")).toBe(quote);
    expect(await page.locator(".doc-text mark.focus").first().isVisible()).toBe(true);
    const inView = await page.evaluate(() => {
      const m = document.querySelector(".doc-text mark.focus")!.getBoundingClientRect();
      const box = document.querySelector(".doc-text")!.getBoundingClientRect();
      return m.top >= box.top && m.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    expect(await page.locator(".outline li").count()).toBeGreaterThan(0);
    await shot(page, "07-reader");
    await page.keyboard.press("Escape");
    expect(await page.locator("#reader").isHidden()).toBe(true);

    // PNG export of the current view.
    await page.click(".export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="png"]')]);
    const png = path.join(SCREENS, "08-export.png");
    await download.saveAs(png);
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
    expect(fs.readFileSync(png).subarray(1, 4).toString()).toBe("PNG");

    // The URL reopens the same view: same nodes, positions within a few pixels.
    await page.keyboard.press("Escape");
    await page.click('[data-action="copyLink"]');
    await page.waitForFunction(() => location.hash.startsWith("#v="));
    const state = await page.evaluate(() => (window as any).__pg.viewState());
    const href = page.url();
    await shot(page, "09-before-reopen");
    const second = await openPage(href);
    await second.page.waitForSelector("body[data-restored]");
    await second.page.waitForTimeout(300);
    const restored = await second.page.evaluate(() => (window as any).__pg.viewState());
    expect(restored.nodes.map((n: { id: string }) => n.id).sort()).toEqual(state.nodes.map((n: { id: string }) => n.id).sort());
    const pos = new Map(restored.nodes.map((n: { id: string; x: number; y: number }) => [n.id, n]));
    for (const n of state.nodes) {
      const r = pos.get(n.id) as { x: number; y: number };
      expect(Math.abs(r.x - n.x)).toBeLessThan(2);
      expect(Math.abs(r.y - n.y)).toBeLessThan(2);
    }
    expect(restored.edges.sort()).toEqual(state.edges.sort());
    expect(restored.selected).toEqual(state.selected);
    expect(Math.abs(restored.zoom - state.zoom)).toBeLessThan(0.01);
    expect(Math.abs(restored.pan.x - state.pan.x)).toBeLessThan(2);
    await shot(second.page, "10-reopened");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await second.page.close();
    await page.close();
  });

  it("reaches the search box with Tab and opens a result with the keyboard", async () => {
    const { page } = await openPage();
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "search");
    }
    expect(reached).toBe(true);
    await page.keyboard.type("乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.getAttribute("#search", "aria-activedescendant")).toMatch(/-0$/);
    await page.keyboard.press("Enter");
    await settled(page, 1, 500);
    await page.waitForSelector("#panel:not([hidden])");
    await shot(page, "11-keyboard-open");
    await page.keyboard.press("Escape");
    expect(await page.locator("#panel").isHidden()).toBe(true);
    await page.close();
  });
});

describe("explorer while the graph database is away", () => {
  it("says so in Chinese and comes back by itself: the start view after a page load, and an open panel", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const outage = JSON.stringify({ error: { code: "STORE_UNAVAILABLE", message: "the graph database is unavailable: the embedded Neo4j exited (SIGKILL)" } });
    const down = (route: import("playwright-core").Route) => route.fulfill({ status: 503, contentType: "application/json", body: outage });

    // Down from the start: the message, not a blank page; up again: the start view, no reload by hand.
    await page.route("**/api/**", down);
    await page.goto(url);
    await page.waitForSelector("text=图数据库暂时不可用");
    await shot(page, "11-store-down");
    await page.unroute("**/api/**");
    await page.waitForSelector(".start .chip", { timeout: 30_000 });

    // Down while reading: the panel says so, then shows the entity once the store answers.
    await page.route("**/api/entities/**", down);
    await page.route("**/api/health", down);
    await page.fill("#search", "乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    await page.locator(".suggestion").first().click();
    await page.waitForSelector(".panel >> text=图数据库暂时不可用");
    await page.unroute("**/api/entities/**");
    await page.unroute("**/api/health");
    await page.waitForSelector(".panel >> text=属性", { timeout: 30_000 });
    await shot(page, "12-store-back");
    await page.close();
  });
});

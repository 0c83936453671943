/**
 * Back and Forward move between the start, graph, diffusion and reader views, and each address
 * the explorer writes reopens what it showed in a new tab (client/router.ts).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, SCREENS, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

/** Which view is on screen, the reader counted when it is open over another. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const open = (id: string) => !document.getElementById(id)!.hidden;
    const view = ["start-view", "graph-view", "diffusion-view"].find(open)?.replace("-view", "") ?? "none";
    return open("reader") ? `reader over ${view}` : view;
  });

async function until(page: Page, want: string) {
  await page.waitForFunction((want) => {
    const open = (id: string) => !document.getElementById(id)!.hidden;
    const view = ["start-view", "graph-view", "diffusion-view"].find(open)?.replace("-view", "") ?? "none";
    return (open("reader") ? `reader over ${view}` : view) === want;
  }, want);
}

describe("addresses and history", () => {
  it("goes Back and Forward across the graph, reader and diffusion views, and each address reopens its view", async () => {
    const { page, errors } = await openPage(browser(), url);
    await page.waitForSelector(".start .chip");
    expect(await shown(page)).toBe("start");

    await page.fill("#search", "乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    await page.locator(".suggestion").first().click();
    await page.waitForFunction(() => (window as any).__pg.cy.nodes().length > 1 && !(window as any).__pg.canvas.isBusy());
    await page.waitForFunction(() => location.hash.startsWith("#v="));
    const nodes = await page.evaluate(() => (window as any).__pg.cy.nodes().length as number);

    // The reader, from the evidence of the opened node.
    await page.locator(".evidence .doc-link").first().click();
    await page.waitForSelector("#reader:not([hidden]) .doc-text");
    await page.waitForFunction(() => location.hash.startsWith("#doc/"));
    const readerAddress = page.url();
    expect(await shown(page)).toBe("reader over graph");
    await page.goBack();
    await until(page, "graph");
    expect(page.url()).toMatch(/#v=/);
    const graphAddress = page.url();

    await page.click(".tabs .tab:nth-child(3)");
    await page.waitForSelector(".diffusion-view");
    await page.waitForFunction(() => location.hash.startsWith("#diffusion/"));
    const firstDiffusion = new URL(page.url()).hash;
    await page.click('.subtab[data-view="adoption"]');
    await page.waitForSelector('.diffusion-view[data-view="adoption"]');
    expect(page.url()).toMatch(/#diffusion\/adoption/);
    const adoptionAddress = page.url();
    await page.screenshot({ path: path.join(SCREENS, "router-diffusion-adoption.png") });

    // Back: the first diffusion view, the graph as it was, the start view; Forward again.
    await page.goBack();
    await page.waitForFunction((hash) => location.hash === hash, firstDiffusion);
    await page.waitForSelector(`.diffusion-view[data-view="${firstDiffusion.slice("#diffusion/".length).split("?")[0]}"]`);
    await page.goBack();
    await until(page, "graph");
    expect(await page.evaluate(() => (window as any).__pg.cy.nodes().length)).toBe(nodes);
    await page.goBack();
    await until(page, "start");
    await page.goForward();
    await until(page, "graph");
    await page.goForward();
    await until(page, "diffusion");

    // Each address in a new tab.
    const reopened = async (href: string, want: string) => {
      const other = await openPage(browser(), href);
      await until(other.page, want);
      return other;
    };
    const adoption = await reopened(adoptionAddress, "diffusion");
    await adoption.page.waitForSelector('.diffusion-view[data-view="adoption"]');
    expect(await adoption.page.getAttribute('.subtab[data-view="adoption"]', "aria-current")).toBe("true");
    await adoption.page.close();
    const doc = await reopened(readerAddress, "reader over start");
    await doc.page.waitForSelector("#reader .doc-text mark.focus");
    await doc.page.keyboard.press("Escape");
    await until(doc.page, "start");
    expect(new URL(doc.page.url()).hash).toBe("");
    await doc.page.close();
    const graph = await reopened(graphAddress, "graph");
    await graph.page.waitForSelector("body[data-restored]");
    expect(await graph.page.evaluate(() => (window as any).__pg.cy.nodes().length)).toBe(nodes);
    await graph.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});

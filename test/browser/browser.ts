/**
 * Headless Chromium for the browser tests and the UI benchmark: Debian's chromium (CI installs
 * it), flags that keep it quiet and sandbox-free in containers.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const SCREENS = "test-output/screens";

/** One Chromium for the test file, started before its tests and closed after; screenshots' folder made. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A new page on `href`, once the explorer is ready, with the dialogs it opened and the errors it threw. */
export async function openPage(browser: Browser, href: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(href);
  await page.waitForSelector("body[data-ready]");
  return { page, dialogs, errors };
}

/** A screenshot of the page to test-output/screens/<name>.png. */
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

/** Waits until the canvas has at least `min` nodes and no layout is running, then `pause` ms for painting. */
export async function settled(page: Page, min = 1, pause = 0) {
  await page.waitForFunction((min) => {
    const pg = (window as any).__pg;
    return pg.cy.nodes().length >= min && !pg.canvas.isBusy() && !pg.cy.animated();
  }, min);
  if (pause > 0) await page.waitForTimeout(pause);
}

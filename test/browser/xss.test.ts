/**
 * Markup in documents stays text wherever the explorer shows it: a document whose title, 文号,
 * entity names, quotes and body carry XSS payloads is loaded into the seeded graph, then found
 * in the search suggestions, opened in the graph and the evidence panel, read in the reader,
 * listed in the start view and exported as SVG. No dialog may open, no element the payloads
 * describe may appear, and each payload must be on screen character for character.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ingest } from "../../server/ingest/index.js";
import { documentId } from "../../server/ingest/files.js";
import type { Store } from "../../server/store/connect.js";
import { loadBatch, removeDocuments } from "../../server/store/load.js";
import { entity, extraction, stated } from "../support/extraction.js";
import { testStore } from "../support/store.js";
import { launchBrowser, openPage, SCREENS } from "./browser.js";

const url = inject("appUrl");
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const JS_URL = "javascript:alert(3)";
const SVG = '"><svg onload=alert(4)>';

const DOC = "xss-payloads";
const TITLE = `乐山市关于${IMG}测试载荷${SVG}的通知`;
const ORG = `XSS测试${SCRIPT}科技有限公司`;
const PROGRAM = `XSS测试${JS_URL}计划`;
const FUND = `XSS测试${SVG}产业基金`;
const TEXT = `${TITLE}。乐山市支持${ORG}参与${PROGRAM}。设立${FUND}支持新材料产业。链接 ${JS_URL} 与 ${IMG} 都应原样显示。`;

let browser: Browser;
let store: Store;

beforeAll(async () => {
  fs.mkdirSync(SCREENS, { recursive: true });
  browser = await launchBrowser();
  store = await testStore();
  const e = extraction(
    DOC,
    TITLE,
    TEXT,
    [
      entity("Organization", "organization:xss", ORG, { kind: "enterprise" }, [SCRIPT]),
      entity("Program", "program:xss", PROGRAM),
      entity("Fund", "fund:xss", FUND, { amountText: IMG }),
      entity("Industry", "industry:新材料", "新材料", { canonical: "新材料" }),
    ],
    [
      stated(TEXT, "ESTABLISHES", "", "program:xss", `乐山市支持${ORG}参与${PROGRAM}。`),
      stated(TEXT, "ESTABLISHES", "", "fund:xss", `设立${FUND}支持新材料产业。`),
      stated(TEXT, "SUPPORTS", "fund:xss", "industry:新材料", `设立${FUND}支持新材料产业。`),
      { ...stated(TEXT, "MENTIONS", "", "organization:xss", ORG), props: { count: 1 } },
    ],
    { issuers: [ORG], docNumber: `乐市发〔2021〕${SVG}号`, region: "四川省乐山市", regionCode: "511100", publishedOn: "2021-03-01" },
  );
  await loadBatch(store, [e]);
});
afterAll(async () => {
  await removeDocuments(store, [DOC]).catch(() => undefined);
  await store?.close();
  await browser?.close();
});

const shot = (page: import("playwright-core").Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

/** Elements the payloads would create if they were parsed as HTML rather than shown as text. */
const INJECTED = "img[src=x], svg[onload], script:not([src]):not([type]), [onerror], [onload], a[href^='javascript:']";

describe("XSS payloads in documents", () => {
  it("stay literal text in suggestions, the graph, the evidence panel, the reader, the start view and the SVG export", async () => {
    const { page, dialogs, errors } = await openPage(browser, url);
    const noInjection = async () => expect(await page.locator(INJECTED).count()).toBe(0);

    // Start view: the document's title and 文号 in the list.
    await page.waitForSelector(".doc-list");
    const listed = page.locator(".doc-list li", { hasText: "测试载荷" });
    expect(await listed.locator("button.link").textContent()).toBe(TITLE);
    expect(await listed.textContent()).toContain(`乐市发〔2021〕${SVG}号`);
    await noInjection();
    await shot(page, "xss-01-start");

    // Search suggestions.
    await page.fill("#search", "XSS测试");
    await page.waitForSelector(".suggestion:not(.empty)");
    const names = await page.locator(".suggestion .suggestion-name").allTextContents();
    expect(names).toEqual(expect.arrayContaining([ORG, PROGRAM, FUND]));
    await noInjection();
    await shot(page, "xss-02-suggestions");

    // The fund in the graph, and its evidence.
    await page.locator(".suggestion", { hasText: "产业基金" }).first().click();
    await page.waitForFunction(() => (window as any).__pg.cy.nodes().length >= 2 && !(window as any).__pg.canvas.isBusy());
    const labels = await page.evaluate(() => (window as any).__pg.cy.nodes().map((n: any) => n.data("name") as string));
    expect(labels).toContain(FUND);
    await page.evaluate(() => (window as any).__pg.cy.getElementById("fund:xss").emit("tap"));
    await page.waitForSelector(".evidence .quotes li");
    const evidence = await page.locator(".evidence").textContent();
    expect(evidence).toContain(`设立${FUND}支持新材料产业。`);
    expect(evidence).toContain(IMG);
    await noInjection();
    await shot(page, "xss-03-evidence");

    // The reader, from the evidence.
    await page.locator(".evidence .doc-link").first().click();
    await page.waitForSelector(".doc-text mark.focus");
    const text = await page.locator(".doc-text").textContent();
    for (const payload of [IMG, SCRIPT, JS_URL, SVG]) expect(text).toContain(payload);
    await noInjection();
    await shot(page, "xss-04-reader");
    await page.keyboard.press("Escape");

    // SVG export: the payloads are escaped character data, never markup.
    await page.click(".export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="svg"]')]);
    const file = path.join(os.tmpdir(), `xss-export-${process.pid}.svg`);
    await download.saveAs(file);
    const svg = fs.readFileSync(file, "utf8");
    fs.rmSync(file);
    expect(svg).toContain("XSS测试");
    expect(svg).toContain("&lt;svg onload=alert(4)&gt;");
    expect(svg).not.toMatch(/<(img|script)\b|<svg[^>]*\sonload=/i);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, text: doc.documentElement.textContent ?? "", injected: doc.querySelectorAll("img, script, [onload], [onerror]").length };
    }, svg);
    expect(parsed).toMatchObject({ error: null, injected: 0 });
    expect(parsed.text).toContain(FUND);

    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows markup in an ingested text file as text and runs none of it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xss-doc-"));
    const file = path.join(dir, "xss_probe.txt");
    fs.writeFileSync(
      file,
      `乐山市科学技术局关于测试文档安全显示的通知\n\n乐市科发〔2021〕1号\n\n一、总体要求\n\n本通知正文包含 ${IMG} 这样的标记,以及 ${SCRIPT},必须原样显示。\n\n乐山市科学技术局\n2021年3月1日\n`,
    );
    const summary = await ingest(store, [dir]);
    expect(summary.failed).toEqual([]);
    const { page, dialogs } = await openPage(browser, url);
    try {
      await page.locator(".doc-list button.link", { hasText: "测试文档安全显示" }).click();
      await page.waitForSelector(".doc-text");
      const text = await page.locator(".doc-text").textContent();
      expect(text).toContain(IMG);
      expect(text).toContain(SCRIPT);
      expect(await page.locator(`.reader img, .reader script, ${INJECTED}`).count()).toBe(0);
      await page.waitForTimeout(300);
      await shot(page, "xss-05-ingested-literal");
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
      await removeDocuments(store, [documentId(file)]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The paths panel in the browser: two entities taken from the selection, the paths between them
 * listed one by one with their length and each hop's sentence, not through documents or
 * MENTIONS hops (the panel's default). Screenshots to test-output/screens/.
 */
import { describe, expect, inject, it } from "vitest";
import { openPage, settled, shot, useBrowser } from "./browser.js";

const url = inject("appUrl");
const browser = useBrowser();

describe("paths panel", () => {
  it("lists the paths between two selected entities with their length and evidence, skipping Document and MENTIONS hops", async () => {
    const { page, errors } = await openPage(browser(), url);
    await page.waitForSelector(".start .chip");
    await page.fill("#search", "乐山");
    await page.waitForSelector(".suggestion:not(.empty)");
    const names = await page.locator(".suggestion .suggestion-name").allTextContents();
    await page.locator(".suggestion").nth(Math.max(0, names.indexOf("乐山市"))).click();
    await settled(page, 2);

    // Two neighbours of the city tied to it by a stated relation (not MENTIONS) and that are not
    // documents: a path of two hops between them exists without any Document or MENTIONS hop.
    const ends = await page.evaluate(() => {
      const cy = (window as any).__pg.cy;
      const root = cy.nodes(".root")[0];
      const picked = root
        .connectedEdges()
        .filter((e: any) => e.data("type") !== "MENTIONS")
        .map((e: any) => (e.source().id() === root.id() ? e.target() : e.source()))
        .filter((n: any) => n.data("label") !== "Document" && n.data("label") !== "Measure");
      const unique = [...new Map(picked.map((n: any) => [n.id(), n])).values()].slice(0, 2) as any[];
      cy.nodes(":selected").unselect();
      for (const n of unique) n.select();
      return unique.map((n) => n.id() as string);
    });
    expect(ends).toHaveLength(2);

    const requests: string[] = [];
    page.on("request", (r) => void (r.url().includes("/api/paths") && requests.push(r.url())));
    page.on("response", (r) => void (r.url().includes("/api/paths") && requests.push(`${r.status()}`)));
    await page.click('[data-action="paths"]');
    await page.waitForSelector(".paths");
    expect(await page.locator(".paths input[type=checkbox]").evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, true]);
    await page.click("text=使用所选两个节点");
    await page.click(".paths button.primary");
    await page.waitForFunction(() => !["", "加载中…"].includes(document.querySelector(".paths .status")?.textContent ?? ""), null, { timeout: 60_000 }).catch(async (err) => {
      await shot(page, "paths-stuck");
      throw new Error(`${err.message}; status: ${await page.locator(".paths .status").textContent()}; ends ${ends.join(", ")}; requests: ${requests.join(" ")}`);
    });
    // The list follows once the paths are on the canvas.
    await page.waitForSelector(".path-item");

    expect(await page.locator(".paths .status").textContent()).toMatch(/找到 \d+ 条路径|显示前 \d+ 条路径/);
    const titles = await page.locator(".path-title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]).toMatch(/^路径 1 · \d+ 步$/);
    // Each path as many hops as its title says, none of them a MENTIONS hop.
    const items = await page.locator(".path-item").evaluateAll((lis) =>
      lis.map((li) => ({ title: li.querySelector(".path-title")!.textContent!, hops: [...li.querySelectorAll(".path-hop > span:first-child")].map((s) => s.textContent!) })),
    );
    for (const item of items) {
      expect(item.hops.length).toBe(Number(/(\d+) 步/.exec(item.title)![1]));
      for (const hop of item.hops) expect(hop).not.toContain("—提及→");
    }
    // Evidence: hops stated in a sentence carry it (a gazetteer's PART_OF has none), and one opens the reader there.
    const quote = page.locator(".path-quote", { hasText: /^“.+”$/ }).first();
    expect(await quote.count()).toBe(1);
    expect(await quote.textContent()).toMatch(/^“.+”$/);
    // And no node on the highlighted paths but the two ends is a document.
    const onPaths = await page.evaluate(() => (window as any).__pg.cy.nodes(".path").map((n: any) => n.data("label") as string));
    expect(onPaths.length).toBeGreaterThanOrEqual(3);
    expect(onPaths.filter((l: string) => l === "Document")).toEqual([]);
    await shot(page, "paths-list");
    await quote.click();
    await page.waitForSelector("#reader:not([hidden]) .doc-text mark.focus");
    await page.keyboard.press("Escape");

    // Validation in the UI language, before anything is sent.
    await page.locator('.paths input[type="number"]').first().fill("9");
    await page.click(".paths button.primary");
    expect(await page.locator(".paths .status").textContent()).toBe("最大长度须为 1 到 6 之间的整数。");
    expect(errors).toEqual([]);
    await page.close();
  });
});

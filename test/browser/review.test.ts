/**
 * Reviewing in the explorer (#23) on the seeded app: the reviewer gives the token once, reviews
 * five adoptions from the queue, one of each action (accept, reject, correct the type, correct
 * an end, rename the end from the side panel), and the diffusion view changes accordingly: the
 * rejected adoption's document leaves its instrument's curve. Screenshots of the queue and of a
 * corrected edge go to /tmp/shots-23/. The graph is built afresh afterwards, so that the other
 * browser tests see the seeds as extracted.
 */
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config.js";
import { ingest } from "../../server/ingest/index.js";
import type { TimelineItem } from "../../server/schema/analysis/timeline.js";
import type { ReviewItem, ReviewQueue } from "../../server/schema/review.js";
import { connectStore } from "../../server/store/connect.js";
import { openPage, useBrowser } from "./browser.js";
import { resetGraph } from "../support/store.js";

const url = inject("appUrl");
const token = inject("reviewToken");
const browser = useBrowser();
const SHOTS = "/tmp/shots-23";

const getJson = async <T>(p: string) => (await (await fetch(url + p)).json()) as T;
const timeline = (item: string) => getJson<TimelineItem>(`/api/analysis/timeline?dimension=instrument&level=city&item=${encodeURIComponent(item)}`);
const itemSelector = (i: ReviewItem) => `li.queue-item[data-type="${i.type}"][data-from="${i.from.id}"][data-to="${i.to.id}"][data-doc="${i.docId}"]`;

/** The adopters' documents the timeline view of `item` shows. */
async function curveDocuments(page: Page, item: string): Promise<string[]> {
  await page.goto(`${url}/#diffusion/timeline?item=${encodeURIComponent(item)}`);
  await page.reload();
  await page.waitForSelector(".timeline-item table.adopters");
  return page.locator("table.adopters tbody tr button[data-doc]").evaluateAll((els) => els.map((e) => e.getAttribute("data-doc")!));
}

afterAll(async () => {
  const n = inject("neo4j");
  const store = await connectStore(n.uri, n.database, n.user ? neo4j.auth.basic(n.user, n.password) : undefined, null);
  try {
    await resetGraph(store);
    await ingest(store, [path.join(PROJECT_ROOT, "seeds")]);
  } finally {
    await store.close();
  }
});

describe("reviewing the graph in the explorer", () => {
  it("reviews five adoptions from the queue, one of each action, and a rejected adoption leaves the curve", async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const queue = await getJson<ReviewQueue>("/api/review/queue?type=ADOPTS&limit=50");
    expect(queue.items.length).toBeGreaterThanOrEqual(5);
    // The adoption to reject: one its instrument's curve cites.
    let rejected: ReviewItem | undefined;
    let before: TimelineItem | undefined;
    for (const item of queue.items) {
      const t = await timeline(item.to.id);
      // With two or more adopters, the curve is still drawn after the rejection, one place lower.
      if (t.mode === "item" && t.adopters.length >= 2 && t.adopters.some((a) => a.evidence.docId === item.docId)) {
        rejected = item;
        before = t;
        break;
      }
    }
    expect(rejected, "an adoption in the queue that a curve cites").toBeDefined();
    const others = queue.items.filter((i) => i.to.id !== rejected!.to.id && i.docId !== rejected!.docId);
    const [accepted, retyped, reended, renamed] = [others[0]!, others[1]!, others[2]!, others[3]!];
    const newEnd = queue.items.find((i) => i.to.id !== reended.to.id && i.to.id !== rejected!.to.id)!.to;

    const { page, errors } = await openPage(browser(), url);
    const docsBefore = await curveDocuments(page, rejected!.to.name);
    expect(docsBefore).toContain(rejected!.docId);

    await page.locator("#tab-review").click();
    await page.locator(".reviewer-form .review-token").fill(token);
    await page.locator(".reviewer-form .review-author").fill("浏览器测试");
    await page.locator(".reviewer-form button[type=submit]").click();
    await page.locator(".queue-type").selectOption("ADOPTS");
    await page.waitForSelector(itemSelector(rejected!));
    expect(await page.locator("#tab-review").textContent()).toBe("审校");

    const act = async (item: ReviewItem, action: string, note: string, fill?: (li: ReturnType<Page["locator"]>) => Promise<void>) => {
      const li = page.locator(itemSelector(item));
      await li.locator(".review-note").fill(note);
      await li.locator(`button[data-action="${action}"]`).click();
      if (fill) await fill(li);
      const result = li.locator(".review-result[data-status]");
      await result.waitFor();
      if ((await result.getAttribute("data-status")) !== "applied") console.log("review.test diagnostics", JSON.stringify(await (await fetch(url + "/api/cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "MATCH (a:Document {id: $d})-[r]->(b:Entity) WHERE b.id IN [$x, $y] RETURN type(r) AS t, b.id AS b, r.docId AS doc, r.review AS review, labels(b) AS l", params: { d: item.docId, x: item.to.id, y: newEnd.id }, limit: 50 }) })).json()));
      expect(await result.getAttribute("data-status"), await result.textContent() ?? "").toBe("applied");
      return li;
    };
    await act(accepted, "accept", "原文明确");
    await act(rejected!, "reject", "样板句,不是本地采纳");
    await act(retyped, "correct", "应为重点产业", async (li) => {
      await li.locator(".correct-type").selectOption("PRIORITIZES");
      await li.locator(".correct-form button[type=submit]").click();
    });
    await act(reended, "correct", "工具名称应为另一项", async (li) => {
      await li.locator(".correct-to").fill(newEnd.id);
      await li.locator(".correct-form button[type=submit]").click();
    });
    // Counts per label follow each write.
    await page.waitForFunction(() => document.querySelector('.review-count-table tr[data-label="ADOPTS"] td[data-col="corrected"]')?.textContent === "2");
    expect(await page.locator('.review-count-table tr[data-label="ADOPTS"] td[data-col="accepted"]').textContent()).toBe("1");
    expect(await page.locator('.review-count-table tr[data-label="ADOPTS"] td[data-col="rejected"]').textContent()).toBe("1");
    // The reviewed documents, each downloadable as a gold annotation.
    await page.locator(`.annotation-links a[data-doc="${rejected!.docId}"]`).waitFor();
    await page.locator("#review-view").evaluate((e) => e.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, "review-queue.png"), fullPage: false });

    // The fifth from the side panel: its instrument renamed.
    await page.locator(itemSelector(renamed)).locator("button.link", { hasText: renamed.to.name }).first().click();
    await page.waitForSelector('#panel .review-controls[data-kind="entity"] button[data-action="rename"]');
    await page.locator("#panel .review-note").fill("全称");
    await page.locator('#panel button[data-action="rename"]').click();
    await page.locator("#panel .rename-name").fill(`${renamed.to.name}(审校)`);
    await page.locator("#panel .review-field button[type=submit]").click();
    await page.locator('#panel .review-result[data-status="applied"]').waitFor();
    const renamedNode = await page.evaluate((id) => (window as unknown as { __pg: { cy: { getElementById(id: string): { data(k: string): string } } } }).__pg.cy.getElementById(id).data("name"), renamed.to.id);
    expect(renamedNode).toBe(`${renamed.to.name}(审校)`);

    // The corrected edge, as the side panel shows it.
    await page.evaluate(async ({ from }) => {
      const pg = (window as unknown as { __pg: { addResult(g: unknown, label: string): Promise<void> } }).__pg;
      const res = await fetch(`/api/neighbourhood?ids=${encodeURIComponent(from)}&depth=1&limit=500`);
      await pg.addResult(await res.json(), from);
    }, { from: reended.from.id });
    const edgeId = await page.evaluate(
      ({ from, to }) => {
        const cy = (window as unknown as { __pg: { cy: { edges(): { filter(f: (e: { data(k: string): string; source(): { id(): string }; target(): { id(): string } }) => boolean): { id(): string }[] } } } }).__pg.cy;
        return cy.edges().filter((e) => e.data("type") === "ADOPTS" && e.source().id() === from && e.target().id() === to)[0]?.id() ?? null;
      },
      { from: reended.from.id, to: newEnd.id },
    );
    expect(edgeId).not.toBeNull();
    await page.evaluate((id) => (window as unknown as { __pg: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__pg.cy.getElementById(id).emit("tap"), edgeId!);
    await page.waitForSelector('#panel .review-controls[data-kind="edge"]');
    // The corrected edge and its ends in view, for the screenshot.
    await page.evaluate((id) => {
      const cy = (window as unknown as { __pg: { cy: { getElementById(id: string): { connectedNodes(): unknown }; fit(eles: unknown, padding: number): void } } }).__pg.cy;
      cy.fit(cy.getElementById(id).connectedNodes(), 220);
    }, edgeId!);
    const panelText = await page.locator("#panel").textContent();
    expect(panelText).toContain("corrected");
    expect(panelText).toContain(reended.to.id);
    await page.screenshot({ path: path.join(SHOTS, "corrected-edge.png") });

    // The diffusion view: the rejected adoption's document left its instrument's curve.
    const docsAfter = await curveDocuments(page, rejected!.to.name);
    expect(docsAfter).not.toContain(rejected!.docId);
    const after = await timeline(rejected!.to.id);
    expect(after.mode === "item" ? after.adopters.length : 0).toBeLessThanOrEqual(before!.adopters.length);
    console.log(`review.test: ${rejected!.to.name} adopters ${before!.adopters.length} -> ${after.mode === "item" ? after.adopters.length : 0}; documents on the curve ${docsBefore.length} -> ${docsAfter.length}`);
    await page.screenshot({ path: path.join(SHOTS, "curve-after-reject.png") });

    // English switch.
    await page.locator("#tab-review").click();
    await page.locator("button.lang").click();
    expect(await page.locator("#tab-review").textContent()).toBe("Review");
    await page.waitForSelector(".review-queue h2");
    expect(await page.locator(".review-queue h2").textContent()).toBe("Review queue");
    expect(errors).toEqual([]);
    await page.close();
  });
});

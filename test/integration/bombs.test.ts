/**
 * The four hostile files of #20 (test/fixtures/bad/bombs.ts) in one folder with three seeds,
 * loaded by `npm run ingest`'s CLI in a child process of its own, so that its peak memory
 * (main thread and extraction workers together) can be read: each bomb fails by its code, the
 * seeds load, and the process stays under 1 GB.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { documentId } from "../../server/ingest/files.js";
import type { Store } from "../../server/store/connect.js";
import { BOMBS, writeBombs } from "../fixtures/bad/bombs.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { resetGraph, testStore } from "../support/store.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bombs-"));
const seeds = FIVE_SEEDS.slice(0, 3);
let store: Store;

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  writeBombs(dir);
  for (const seed of seeds) fs.copyFileSync(seed, path.join(dir, path.basename(seed)));
});
afterAll(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a folder of parse bombs", () => {
  it("fails each bomb with TOO_LARGE, loads the seeds beside them, and stays under 1 GB", async () => {
    const n = inject("neo4j");
    const run = spawnSync("/usr/bin/time", ["-f", "maxrss_kb=%M", process.execPath, "--import", "tsx", "server/cli/ingest.ts", dir], {
      env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database },
      encoding: "utf8",
    });
    expect(run.stdout).toContain(`ingested 7 files`);
    expect(run.stdout).toContain(`${seeds.length} loaded, 0 unchanged, 4 failed`);
    for (const bomb of Object.values(BOMBS)) expect(run.stdout).toContain(`failed (TOO_LARGE): ${path.join(dir, bomb)}: `);
    expect(run.stdout).toMatch(/inflating\.docx: declares 400 MB uncompressed/);
    expect(run.stdout).toMatch(/24000-pages\.pdf: has 24,000 pages, over the 2,000-page limit/);
    expect(run.status).toBe(1);

    const maxRssKb = Number(/maxrss_kb=(\d+)/.exec(run.stderr)?.[1]);
    console.log(`bomb-folder ingest: peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(1024 * 1024);

    const { records } = await store.driver.executeQuery("MATCH (d:Document) RETURN d.id AS id ORDER BY id", {}, { database: store.database });
    expect(records.map((r) => r.get("id"))).toEqual(seeds.map(documentId).sort());
  }, 120_000);
});

/**
 * The bad-input corpus (test/fixtures/bad/) against a graph that already holds the five
 * seeds: every file either loads as a clean document or fails with a stable code and a
 * reason that says what to do, and a failure leaves the graph exactly as it was (same
 * checksum of every node and relationship, not only the same counts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentId } from "../../server/ingest/files.js";
import { ingest } from "../../server/ingest/index.js";
import type { Store } from "../../server/store/connect.js";
import { removeDocuments } from "../../server/store/load.js";
import { writeGeneratedFixtures } from "../fixtures/bad/generate.js";
import { graphChecksum, integrityProblems, type GraphChecksum } from "../support/checksum.js";
import { FIVE_SEEDS } from "../support/seeds.js";
import { resetGraph, testStore } from "../support/store.js";

const FIXTURES = path.resolve("test/fixtures/bad");
const generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-bad-input-"));
const generated = writeGeneratedFixtures(generatedDir);
const TITLE = "乐山市科学技术局关于开展科技型中小企业创新券试点工作的通知";

let store: Store;
let seeded: GraphChecksum;
const added: string[] = [];

beforeAll(async () => {
  store = await testStore();
  await resetGraph(store);
  await ingest(store, FIVE_SEEDS);
  seeded = await graphChecksum(store);
});
afterAll(async () => {
  await store?.close();
  fs.rmSync(generatedDir, { recursive: true, force: true });
});

const documentText = async (id: string) =>
  (await store.driver.executeQuery("MATCH (d:Document {id: $id}) RETURN d.title AS title, d.text AS text", { id }, { database: store.database })).records.map((r) => r.toObject())[0] as
    | { title: string; text: string }
    | undefined;

type Failure = { code: string; reason: RegExp };
const failures: [string, string, Failure][] = [
  ["an empty file", "empty.txt", { code: "EMPTY", reason: /0 bytes/ }],
  ["a file of whitespace only", "whitespace.txt", { code: "EMPTY", reason: /only whitespace/ }],
  ["a PNG image", "image.png", { code: "UNSUPPORTED", reason: /extension "\.png".*supported are/ }],
  ["a PNG image named .txt", "image-saved-as.txt", { code: "BINARY", reason: /PNG image.*OCR/ }],
  ["1 MB of random bytes", path.join(generatedDir, generated.random), { code: "BINARY", reason: /NUL bytes.*binary/ }],
  ["60 KB of random bytes above 0x7F", path.join(generatedDir, generated.randomHigh), { code: "BINARY", reason: /Chinese characters of which only \d+% are in common use/ }],
  ["a UTF-8 text with 7 bad bytes", path.join(generatedDir, generated.damagedUtf8), { code: "ENCODING", reason: /UTF-8 except for \d+ invalid byte sequence\(s\), the first at byte \d+ \(line \d+\)/ }],
  ["a 20 MB text", path.join(generatedDir, generated.huge), { code: "TOO_LARGE", reason: /20 MB, over the 5 MB limit/ }],
  ["a text with no Chinese", "english.txt", { code: "NO_CHINESE", reason: /only 0 Chinese characters/ }],
  ["a .docx cut off before its document part", "truncated.docx", { code: "CORRUPT", reason: /cut short.*fetch the file again/ }],
  ["a .pdf cut off part-way", "truncated.pdf", { code: "CORRUPT", reason: /not a readable PDF.*truncated/ }],
];

const loads: [string, string, (doc: { title: string; text: string }) => void][] = [
  ["a GBK text", "gbk.txt", (d) => expect(d.title).toBe(TITLE)],
  ["a Big5 text in traditional characters", "big5.txt", (d) => expect(d.text).toContain("樂山市科學技術局")],
  ["an HTML page with scripts and styles, keeping neither", "scripts-and-styles.html", (d) => {
    expect(d.title).toBe(TITLE);
    expect(d.text).not.toMatch(/脚本|alert|font-family|tracker|首页/);
  }],
  ["a text with \\r\\n, \\r and \\n line endings", "mixed-line-endings.txt", (d) => {
    expect(d.text).not.toContain("\r");
    expect(d.text).toContain("二、支持标准");
  }],
  ["a UTF-8 text with a byte-order mark", "utf8-bom.txt", (d) => expect(d.text.startsWith(TITLE)).toBe(true)],
  ["a UTF-16 text with a byte-order mark", "utf16le-bom.txt", (d) => expect(d.title).toBe(TITLE)],
  ["a file whose ASCII name is the longest Linux allows", path.join(generatedDir, generated.longAscii), (d) => expect(d.title).toBe(TITLE)],
  ["a file whose Chinese name is the longest Linux allows", path.join(generatedDir, generated.longChinese), (d) => expect(d.title).toBe(TITLE)],
];

describe("the bad-input corpus", () => {
  it.each(failures)("refuses %s with a clear reason and leaves the graph byte-for-byte as it was", async (_, file, expected) => {
    const before = await graphChecksum(store);
    const summary = await ingest(store, [path.resolve(FIXTURES, file)]);
    expect(summary.loaded).toBe(0);
    expect(summary.failed).toEqual([{ file: path.resolve(FIXTURES, file), code: expected.code, reason: expect.stringMatching(expected.reason) }]);
    expect(await graphChecksum(store)).toEqual(before);
  });

  it.each(loads)("loads %s as a clean document", async (_, file, check) => {
    const summary = await ingest(store, [path.resolve(FIXTURES, file)]);
    expect(summary.failed).toEqual([]);
    expect(summary.loaded).toBe(1);
    const id = documentId(file);
    expect(id.length).toBeLessThanOrEqual(120);
    const doc = await documentText(id);
    expect(doc).toBeDefined();
    expect(doc!.text).not.toContain("\uFEFF");
    check(doc!);
    added.push(id);
  });

  it("refuses the second of two long names that share their first 120 characters, naming the other file", async () => {
    const twin = path.join(generatedDir, generated.longAsciiTwin);
    const before = await graphChecksum(store);
    const summary = await ingest(store, [path.join(generatedDir, generated.longAscii), twin]);
    expect(summary.failed).toEqual([{ file: twin, code: "DUPLICATE_ID", reason: expect.stringMatching(/already taken by .*1\.txt; rename one of the files/) }]);
    expect(await graphChecksum(store)).toEqual(before);
  });

  it("holds no duplicate, dangling or half-loaded element afterwards, and removing what it added restores the seeds' graph exactly", async () => {
    expect(await integrityProblems(store)).toEqual([]);
    await removeDocuments(store, added);
    expect(await graphChecksum(store)).toEqual(seeded);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readResultFromText } from "./eval/evaluate.js";
import { extractDocument } from "./index.js";
import { createExtractionPool, extractAll, ExtractionLimitError } from "./parallel.js";

const seeds = ["000_8e12bc0a722c8d98.txt", "001_85664455f1456cbf.txt", "002_b7fa97706e10815e.txt"];
const jobs = seeds.map((f, i) => ({ read: readResultFromText(readFileSync(`seeds/${f}`, "utf8"), f), docId: `doc-${i}` }));
const serial = jobs.map((j) => extractDocument(j.read, j.docId));
// 3 million characters: about 7 s of extraction and some 200 MB of heap.
const huge = { read: readResultFromText(jobs[0]!.read.text.repeat(300), "huge.txt"), docId: "huge-doc" };

describe("parallel extraction", () => {
  it("extracts documents on two worker threads exactly as extractDocument does, in input order", async () => {
    expect(await extractAll(jobs, { workers: 2 })).toEqual(serial);
  }, 60_000);

  it("keeps a pool's workers for batch after batch", async () => {
    const pool = createExtractionPool({ workers: 2 });
    try {
      expect(await Promise.all(jobs.map((j) => pool.extract(j)))).toEqual(serial);
      expect(await pool.extract(jobs[2]!)).toEqual(serial[2]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("says which document failed when a worker cannot extract it, and extracts the others", async () => {
    const broken = { ...jobs[0]!, docId: "broken-doc", read: { ...jobs[0]!.read, matchText: undefined as unknown as string } };
    const pool = createExtractionPool({ workers: 1 });
    try {
      await expect(pool.extract(broken)).rejects.toThrow(/broken-doc/);
      expect(await pool.extract(jobs[1]!)).toEqual(serial[1]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("fails a document that exhausts its worker's heap with TOO_LARGE, and extracts the next on a new worker", async () => {
    const pool = createExtractionPool({ workers: 1, heapMb: 64 });
    try {
      const error = await pool.extract(huge).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExtractionLimitError);
      expect(error).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/huge-doc.*64 MB/) });
      expect(await pool.extract(jobs[1]!)).toEqual(serial[1]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("fails a document past its deadline with TIMEOUT, and goes on with a new worker", async () => {
    const pool = createExtractionPool({ workers: 1, deadlineMs: 300 });
    try {
      for (const docId of ["first-huge", "second-huge"]) {
        await expect(pool.extract({ ...huge, docId })).rejects.toMatchObject({ code: "TIMEOUT", message: expect.stringContaining(docId) });
      }
    } finally {
      await pool.close();
    }
  }, 60_000);
});

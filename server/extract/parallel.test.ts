import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readResultFromText } from "./eval/evaluate.js";
import { extractDocument } from "./index.js";
import { extractAll } from "./parallel.js";

const seeds = ["000_8e12bc0a722c8d98.txt", "001_85664455f1456cbf.txt", "002_b7fa97706e10815e.txt"];
const jobs = seeds.map((f, i) => ({ read: readResultFromText(readFileSync(`seeds/${f}`, "utf8"), f), docId: `doc-${i}` }));

describe("extractAll", () => {
  it("extracts documents on two worker threads exactly as extractDocument does, in input order", async () => {
    const parallel = await extractAll(jobs, { workers: 2 });
    expect(parallel).toEqual(jobs.map((j) => extractDocument(j.read, j.docId)));
  }, 60_000);

  it("says which document failed when a worker cannot extract it", async () => {
    const broken = { ...jobs[0]!, docId: "broken-doc", read: { ...jobs[0]!.read, matchText: undefined as unknown as string } };
    await expect(extractAll([broken], { workers: 1 })).rejects.toThrow(/broken-doc/);
  }, 60_000);
});

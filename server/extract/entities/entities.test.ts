import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Extraction } from "../../schema/graph.js";
import { readResultFromText } from "../eval/evaluate.js";
import { extractDocument } from "../index.js";

const SEEDS = "seeds";
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

describe.each(seeds)("seed %s", (file) => {
  const text = readFileSync(join(SEEDS, file), "utf8");
  const x = extractDocument(readResultFromText(text, file), file.replace(/\.txt$/, ""));

  it("validates against the shared Extraction schema", () => {
    expect(() => Extraction.parse(x)).not.toThrow();
  });

  it("quotes every relation's sentence at its offsets", () => {
    for (const r of x.relations) {
      if (r.quote === null) continue;
      expect(x.text.slice(r.start!, r.end!)).toBe(r.quote);
    }
  });

  it("points every relation at entities it returns", () => {
    const ids = new Set([x.document.id, ...x.entities.map((e) => e.id)]);
    for (const r of x.relations) {
      expect(ids.has(r.from), `${r.type} from ${r.from}`).toBe(true);
      expect(ids.has(r.to), `${r.type} to ${r.to}`).toBe(true);
    }
  });

  it("gives every entity of its own a MENTIONS edge with spans", () => {
    const mentioned = new Map(x.relations.filter((r) => r.type === "MENTIONS").map((r) => [r.to, r]));
    for (const e of x.entities.filter((e) => !["Region", "Agency", "Measure"].includes(e.label))) {
      const m = mentioned.get(e.id);
      expect(m, e.id).toBeDefined();
      expect((m!.props.spans as number[]).length).toBe(2 * (m!.props.count as number));
    }
  });
});

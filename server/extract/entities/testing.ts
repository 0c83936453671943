/** Test helper: the whole extraction pipeline on a string, with lookups by label and relation type. */
import { readResultFromText } from "../eval/evaluate.js";
import { extractDocument } from "../index.js";

/** The whole pipeline on a string, and a lookup of what it found. */
export function run(text: string) {
  const x = extractDocument(readResultFromText(text, "t.txt"), "t");
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const named = (label: string) => x.entities.filter((e) => e.label === label).map((e) => e.name).sort();
  const edges = (type: string) =>
    x.relations.filter((r) => r.type === type).map((r) => `${r.from === "t" ? "Document" : byId.get(r.from)?.name} → ${byId.get(r.to)?.name}`);
  return { x, byId, named, edges };
}


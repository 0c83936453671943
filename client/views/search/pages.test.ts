import { describe, expect, it } from "vitest";
import type { SearchHit, SentenceHit } from "../../../server/schema/api.js";
import { emptyPages, nextOffset, options } from "./pages.js";

const name = (id: string): SearchHit => ({ id, label: "Instrument", name: id, aliases: [], score: 1, degree: 1 });
const sentence = (at: number): SentenceHit => ({ docId: "d", title: "t", region: null, publishedOn: null, sentence: "s", start: at, end: at + 1, matchStart: at, matchEnd: at + 1 });

describe("search options", () => {
  it("offers more names and more sentences while some are left, saying how many", () => {
    const pages = { names: { items: [name("a"), name("b")], total: 5 }, sentences: { items: [sentence(0)], total: 1, documents: 1 } };
    expect(options(pages).map((o) => (o.kind === "more" ? `more ${o.list} ${o.left}` : o.kind))).toEqual(["name", "name", "more names 3", "sentence"]);
    expect(nextOffset(pages, "names")).toBe(2);
  });

  it("has no options for no hits", () => {
    expect(options(emptyPages())).toEqual([]);
  });
});

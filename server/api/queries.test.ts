/** Pins what the API's Cypher relies on, without a database. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config.js";
import { REL_TYPES } from "../schema/graph.js";
import { filterParams, regionPrefix } from "./filters.js";

const API_CYPHER = path.join(PROJECT_ROOT, "cypher", "api");
const source = (name: string) => fs.readFileSync(path.join(API_CYPHER, `${name}.cypher`), "utf8");

describe("the API's queries", () => {
  it.each(["neighbours", "document"])("%s.cypher lists every stated relationship type (all but MENTIONS) wherever it lists several", (name) => {
    const lists = [...source(name).matchAll(/\[r:([A-Z_]+(?:\|[A-Z_]+)+)\]/g)].map((m) => m[1]!.split("|").sort());
    expect(lists.length).toBeGreaterThan(0);
    for (const listed of lists) expect(listed).toEqual(REL_TYPES.filter((t) => t !== "MENTIONS").sort());
  });

  it("takes every value as a parameter: no query is a template", () => {
    for (const file of fs.readdirSync(API_CYPHER)) {
      expect(fs.readFileSync(path.join(API_CYPHER, file), "utf8"), file).not.toMatch(/\$\{|%s|\{\{/);
    }
  });

  it("filters labels, types and documents through list parameters", () => {
    for (const name of ["neighbours", "paths-shortest", "paths-all"]) {
      const q = source(name);
      expect(q).toContain("type(r) IN $types");
      expect(q).toContain("l IN $labels");
      expect(q).toContain("r.docId IN scope");
    }
  });
});

describe("filterParams", () => {
  it("passes an absent or empty filter as null, so that the query skips it", () => {
    expect(filterParams({ labels: [], types: ["SUPPORTS"] })).toEqual({
      labels: null,
      types: ["SUPPORTS"],
      docIds: null,
      yearFrom: null,
      yearTo: null,
      regionPrefixes: null,
    });
  });

  it.each([
    ["510000", "51"],
    ["511100", "5111"],
    ["511102", "511102"],
    ["500154", "500154"],
    ["110000", "11"],
  ])("matches the region %s and everything inside it by the prefix %s", (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});

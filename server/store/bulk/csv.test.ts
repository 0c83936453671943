import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, csvProperty, headerColumn } from "./csv.js";

describe("a property as neo4j-admin import reads it", () => {
  it("quotes strings and doubles their quotes, so commas, semicolons and backslashes pass", () => {
    expect(csvProperty("title", '关于"创新券",的通知;附\\件')).toEqual({ type: "string", field: '"关于""创新券"",的通知;附\\件"' });
    expect(csvProperty("note", "")).toEqual({ type: "string", field: '""' });
  });

  it("writes every number as a double, as the driver sends JavaScript numbers", () => {
    expect(csvProperty("year", 2021)).toEqual({ type: "double", field: "2021" });
    expect(csvProperty("amountYuan", 1e21)).toEqual({ type: "double", field: "1e+21" });
    expect(csvProperty("spans", [3, 7.5])).toEqual({ type: "double[]", field: `3${ARRAY_DELIMITER}7.5` });
  });

  it("joins list elements with the unit separator", () => {
    expect(csvProperty("aliases", ["东莞", "莞", ""])).toEqual({ type: "string[]", field: `"东莞${ARRAY_DELIMITER}莞${ARRAY_DELIMITER}"` });
    expect(headerColumn("aliases", "string[]")).toBe("aliases:string[]");
    expect(headerColumn("name", "string")).toBe("name");
  });

  it("leaves to Cypher what the importer would lose or split", () => {
    expect(csvProperty("aliases", [])).toBeNull();
    expect(csvProperty("aliases", [""])).toBeNull();
    expect(csvProperty("aliases", [`a${ARRAY_DELIMITER}b`])).toBeNull();
    expect(csvProperty("text", "第一行\n第二行")).toBeNull();
    expect(csvProperty("text", "回车\r")).toBeNull();
    expect(csvProperty("sidecar/column", "v")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, csvProperty, DELIMITER, headerColumn, plainId, QUOTE } from "./csv.js";

describe("a property as neo4j-admin import reads it", () => {
  it("quotes strings with the group separator, doubled inside, so commas, quotes and backslashes pass as they are", () => {
    expect(csvProperty("title", '关于"创新券",的通知;附\\件')).toEqual({ type: "string", field: `${QUOTE}关于"创新券",的通知;附\\件${QUOTE}` });
    expect(csvProperty("title", `a${QUOTE}b${DELIMITER}c`)).toEqual({ type: "string", field: `${QUOTE}a${QUOTE}${QUOTE}b${DELIMITER}c${QUOTE}` });
    expect(csvProperty("note", "")).toEqual({ type: "string", field: `${QUOTE}${QUOTE}` });
  });

  it("writes every number as a double, as the driver sends JavaScript numbers", () => {
    expect(csvProperty("year", 2021)).toEqual({ type: "double", field: "2021" });
    expect(csvProperty("amountYuan", 1e21)).toEqual({ type: "double", field: "1e+21" });
    expect(csvProperty("spans", [3, 7.5])).toEqual({ type: "double[]", field: `3${ARRAY_DELIMITER}7.5` });
  });

  it("joins list elements with the unit separator", () => {
    expect(csvProperty("aliases", ["东莞", "莞", ""])).toEqual({ type: "string[]", field: `${QUOTE}东莞${ARRAY_DELIMITER}莞${ARRAY_DELIMITER}${QUOTE}` });
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

  it("writes line breaks in a multi-line file, and leaves to Cypher there what its reader could take for a cell's end", () => {
    expect(csvProperty("text", '第一行,"甲"\r\n第二行', true)).toEqual({ type: "string", field: `${QUOTE}第一行,"甲"\r\n第二行${QUOTE}` });
    for (const ambiguous of ["", "反斜杠结尾\\", `引${QUOTE}号`, `分${DELIMITER}隔`]) expect(csvProperty("text", ambiguous, true)).toBeNull();
    expect(csvProperty("aliases", ["甲", "乙\\"], true)).toBeNull();
    expect(csvProperty("aliases", ["甲", "乙\n"], true)).toBeNull();
    expect(plainId("doc-1 乐山")).toBe(true);
    for (const id of ["", "a\nb", `a${DELIMITER}b`, `a${QUOTE}`, "a\\"]) expect(plainId(id)).toBe(false);
  });
});

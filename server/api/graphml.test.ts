import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { graphml, xmlEscape } from "./graphml.js";

const parse = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) } }).parseFromString(xml, "text/xml");
  return { doc, errors };
};

describe("GraphML export", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlEscape(`<a href="x">&'\u0000\u0007\uD800`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(xmlEscape("乐山 😀")).toBe("乐山 😀");
  });

  it("writes well-formed XML with a declared key for every data element", () => {
    const xml = graphml(
      [
        { id: "fund:<a>", label: "Fund", name: "基金 & 专项\u0001", props: { amountYuan: 5e8, aliases: ["引导基金", "基金"] } },
        { id: "industry:新材料", label: "Industry", name: "新材料", props: { amountYuan: "unknown" } },
      ],
      [{ id: "5:x:1", type: "SUPPORTS", source: "fund:<a>", target: "industry:新材料", props: { quote: '支持"新材料"', start: 3 } }],
    );
    const { doc, errors } = parse(xml);
    expect(errors).toEqual([]);
    const keys = new Map([...Array.from(doc.getElementsByTagName("key"))].map((k) => [k.getAttribute("id"), k]));
    for (const d of Array.from(doc.getElementsByTagName("data"))) expect(keys.has(d.getAttribute("key"))).toBe(true);
    const amount = [...keys.values()].find((k) => k.getAttribute("attr.name") === "amountYuan")!;
    expect(amount.getAttribute("attr.type")).toBe("string");
    expect(amount.getAttribute("for")).toBe("node");
    const start = [...keys.values()].find((k) => k.getAttribute("attr.name") === "start")!;
    expect(start.getAttribute("attr.type")).toBe("double");
    expect(doc.getElementsByTagName("node")[0]!.getAttribute("id")).toBe("fund:<a>");
    expect(doc.getElementsByTagName("edge")[0]!.getAttribute("target")).toBe("industry:新材料");
  });
});

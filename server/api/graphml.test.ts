import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { gexf } from "./gexf.js";
import { xmlEscape } from "../render/xml.js";
import { edgeKinds, graphml } from "./graphml.js";

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

  it("labels nodes by name with the model label as `type`, and edges by relationship type, for Gephi", () => {
    const xml = graphml([{ id: "fund:a", label: "Fund", name: "产业引导基金", props: { label: "stored", type: "stored" } }], [{ id: "7", type: "SUPPORTS", source: "fund:a", target: "fund:a", props: {} }]);
    const { doc } = parse(xml);
    const keyName = (id: string | null) => Array.from(doc.getElementsByTagName("key")).find((k) => k.getAttribute("id") === id)!.getAttribute("attr.name");
    const data = (el: Element) => Object.fromEntries(Array.from(el.getElementsByTagName("data")).map((d) => [keyName(d.getAttribute("key")), d.textContent]));
    expect(data(doc.getElementsByTagName("node")[0]!)).toEqual({ label: "产业引导基金", type: "Fund" });
    expect(data(doc.getElementsByTagName("edge")[0]!)).toEqual({ label: "SUPPORTS", type: "SUPPORTS" });
    expect(doc.getElementsByTagName("edge")[0]!.getAttribute("label")).toBe("SUPPORTS");
  });

  it("gives a second edge of one type between the same two nodes a kind of its own, so Gephi keeps both", () => {
    const e = (id: string, type: "SUPPORTS" | "MENTIONS", source = "f", target = "i") => ({ id, type, source, target });
    expect([...edgeKinds([e("a", "SUPPORTS"), e("b", "SUPPORTS"), e("c", "MENTIONS"), e("d", "SUPPORTS", "i", "f"), e("x", "SUPPORTS")]).values()]).toEqual(["SUPPORTS", "SUPPORTS #2", "MENTIONS", "SUPPORTS", "SUPPORTS #3"]);
  });

  it("writes GEXF with Gephi's viz position (y up), colour and size, and the type as an attribute", () => {
    const xml = gexf(
      [{ id: "industry:新材料", label: "Industry", name: "新材料 & <x>", props: { degree: 3 } }],
      [{ id: "1", type: "PRIORITIZES", source: "industry:新材料", target: "industry:新材料", props: { docId: "leshan" } }],
      { "industry:新材料": { x: 10, y: 20, size: 24, color: "#f28e2b" } },
    );
    const { doc, errors } = parse(xml);
    expect(errors).toEqual([]);
    const node = doc.getElementsByTagName("node")[0]!;
    expect(node.getAttribute("label")).toBe("新材料 & <x>");
    const pos = node.getElementsByTagName("viz:position")[0]!;
    expect([pos.getAttribute("x"), pos.getAttribute("y")]).toEqual(["10", "-20"]);
    const colour = node.getElementsByTagName("viz:color")[0]!;
    expect([colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")]).toEqual(["242", "142", "43"]);
    expect(node.getElementsByTagName("viz:size")[0]!.getAttribute("value")).toBe("12");
    const edge = doc.getElementsByTagName("edge")[0]!;
    expect([edge.getAttribute("label"), edge.getAttribute("kind")]).toEqual(["PRIORITIZES", "PRIORITIZES"]);
  });
});

import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { Scene } from "../schema/api.js";
import { missingGlyphs } from "./font.js";
import { renderSvg, sourceLine } from "./svg.js";

const square = { color: "#59a14f", shape: "polygon" as const, points: [-1, -1, 1, -1, 1, 1, -1, 1] };
const scene = Scene.parse({
  width: 700,
  height: 300,
  zoom: 1,
  title: "乐山市 <briefing>",
  subtitle: "2026-12-07",
  legend: { nodes: [{ name: "地区", style: square }], relations: [{ name: "位于" }, { name: "提及", dashed: true }] },
  nodes: [
    { x: 100, y: 100, size: 30, style: square, text: `<img src=x onerror=alert(1)>` },
    { x: 300, y: 200, size: 30, style: { color: "#f28e2b", shape: "ellipse" }, text: "新材料" },
  ],
  edges: [{ from: { x: 100, y: 100 }, to: { x: 300, y: 200 }, text: "位于" }],
  docIds: ["leshan"],
  sourcesHeading: "来源",
});
const sources = [{ title: "乐山市关于加快新材料产业发展的意见", issuers: ["乐山市人民政府"], docNumber: "乐府发〔2021〕3号", publishedOn: "2021-03-01" }];

const parse = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: (e) => void errors.push(e), fatalError: (e) => void errors.push(e) } }).parseFromString(xml, "image/svg+xml");
  return { doc, errors };
};

describe("SVG export", () => {
  it("drops characters XML forbids from names, so the file still opens", () => {
    const svg = renderSvg({ ...scene, nodes: [{ ...scene.nodes[1]!, text: "新\u0001材料" }] }, [], "text");
    expect(parse(svg).errors).toEqual([]);
    expect(svg).toContain(">新材料</text>");
  });

  it("writes names as escaped text, with title, node and relation legend and the source footnote", () => {
    const svg = renderSvg(scene, sources, "text");
    expect(parse(svg).errors).toEqual([]);
    expect(svg).toContain("乐山市 &lt;briefing&gt;");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).not.toContain("<img");
    for (const legend of [">地区</text>", ">位于</text>", ">提及</text>"]) expect(svg).toContain(legend);
    expect(svg).toContain('fill="#59a14f"');
    expect(svg).toContain("来源 (1)");
    expect(svg).toContain("1. 《乐山市关于加快新材料产业发展的意见》  乐山市人民政府  乐府发〔2021〕3号  2021-03-01");
  });

  it("draws each label's halo as a stroke-only copy under it, never with paint-order or markers", () => {
    const svg = renderSvg(scene, sources, "text");
    expect(svg).not.toMatch(/paint-order|marker|clip-path|<style/);
    const texts = Array.from(parse(svg).doc.getElementsByTagName("text")).filter((t) => t.textContent === "新材料");
    expect(texts.map((t) => [t.getAttribute("fill"), t.hasAttribute("stroke") ? t.getAttribute("stroke") : null])).toEqual([
      ["none", "#ffffff"],
      ["#1f2937", null],
    ]);
  });

  it("draws every piece of text as glyph outlines in the portable variant", () => {
    const svg = renderSvg(scene, sources, "outline");
    expect(parse(svg).errors).toEqual([]);
    expect(svg).not.toContain("<text");
    expect(svg).not.toContain("font-family");
    // Title, subtitle, three legend names, heading and one source as filled outlines; the edge
    // label and the two node labels as outlines drawn twice, halo under text.
    expect(svg.match(/<path d="M[\d-][^"]*" fill="#/g)).toHaveLength(7);
    for (const id of ["t0", "t1", "t2"]) {
      expect(svg).toContain(`<path id="${id}" d="M`);
      expect(svg).toMatch(new RegExp(`<use xlink:href="#${id}" fill="none" stroke="#ffffff"[^>]*/><use xlink:href="#${id}" fill="#`));
    }
  });

  it("keeps as text, in the canvas's font family, a string with a character the bundled font lacks", () => {
    const svg = renderSvg({ ...scene, nodes: [{ ...scene.nodes[0]!, text: "\u{1D11E}乐山" }] }, [], "outline");
    expect(svg.match(/<text [^>]*font-family="[^"]*Noto Sans SC[^>]*>\u{1D11E}乐山<\/text>/gu)).toHaveLength(2);
  });

  it("has a glyph for every character of the seeds' names and titles", () => {
    expect(missingGlyphs("开州区东莞市新乡高新区乐山市银川市衢州婺城区鄞州区〔2018〕10号《》·、…")).toEqual([]);
  });

  it("lists a document without issuer, 文号 or date by its title alone", () => {
    expect(sourceLine({ title: "银川市行动计划", issuers: [], docNumber: null, publishedOn: null })).toBe("《银川市行动计划》");
  });
});

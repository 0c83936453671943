import { describe, expect, it } from "vitest";
import { renderSvg } from "./svg.js";

describe("SVG export", () => {
  it("writes names as escaped text, with title and legend", () => {
    const svg = renderSvg({
      width: 400,
      height: 300,
      zoom: 1,
      title: "乐山市 <briefing>",
      legend: [{ label: "Region", name: "地区" }],
      transparent: false,
      nodes: [{ x: 100, y: 100, size: 30, label: "Region", text: `<img src=x onerror=alert(1)>` }],
      edges: [{ from: { x: 0, y: 0 }, to: { x: 100, y: 100 }, text: "位于" }],
    });
    expect(svg).toContain("乐山市 &lt;briefing&gt;");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).not.toContain("<img");
    expect(svg).toContain(">地区</text>");
    expect(svg).toContain('fill="#59a14f"');
  });
});

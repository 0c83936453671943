/**
 * A third document for the API tests: an outline (measures with a lead agency), an adopted
 * instrument with its mentions stored as spans, a year (2019) and a region (银川市, 640100)
 * for the filters.
 */
import type { Extraction } from "../../server/schema/graph.js";
import { entity, extraction, stated } from "./extraction.js";

export function yinchuanDocument(): Extraction {
  const text = "银川市科技创新实施方案\n一、大力培育科技型企业\n1.实施创新券制度,对企业购买科技服务给予创新券支持。牵头部门:市科技局。\n";
  const heading = "一、大力培育科技型企业";
  const task = "1.实施创新券制度,对企业购买科技服务给予创新券支持。牵头部门:市科技局。";
  const at = (s: string) => text.indexOf(s);
  const measure = (path: string, title: string, span: string, order: number) =>
    entity("Measure", `measure:yinchuan:${path}`, title, { docId: "yinchuan", path, title, start: at(span), end: at(span) + span.length, order });
  const first = at("创新券");
  const second = text.indexOf("创新券", first + 1);
  return extraction(
    "yinchuan",
    "银川市科技创新实施方案",
    text,
    [
      measure("一", "大力培育科技型企业", heading, 0),
      measure("一.1", "实施创新券制度", task, 1),
      entity("Agency", "agency:银川市科技局", "市科技局", { region: "银川市" }, ["银川市科学技术局"]),
      entity("Instrument", "instrument:创新券", "创新券", { concept: "创新券", category: "voucher", side: "demand" }),
      entity("Region", "region:640100", "银川市", { code: "640100", level: "city" }),
    ],
    [
      stated(text, "HAS_MEASURE", "", "measure:yinchuan:一", heading, { order: 0 }),
      stated(text, "HAS_MEASURE", "measure:yinchuan:一", "measure:yinchuan:一.1", task, { order: 1 }),
      stated(text, "LED_BY", "measure:yinchuan:一.1", "agency:银川市科技局", task),
      stated(text, "ADOPTS", "", "instrument:创新券", task),
      { type: "MENTIONS", from: "", to: "instrument:创新券", docId: "", quote: null, start: null, end: null, props: { count: 2, spans: [first, first + 3, second, second + 3] } },
      { type: "MENTIONS", from: "", to: "region:640100", docId: "", quote: null, start: null, end: null, props: { count: 1, spans: [0, 3] } },
    ],
    { publishedOn: "2019-03-01", region: "宁夏回族自治区银川市", regionCode: "640100", issuers: ["银川市人民政府办公厅"] },
  );
}

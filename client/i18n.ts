/**
 * The explorer's words in Chinese (the default) and English, plus the names of node labels
 * and relationship types. Every key exists in both languages (i18n.test.ts checks), so a
 * missing translation is a test failure rather than an empty button.
 */
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from "../server/schema/graph.js";

export type Lang = "zh" | "en";

const zh = {
  appTitle: "政策知识图谱",
  appSubtitle: "地方创新政策文件",
  overview: "概览",
  graph: "图谱",
  diffusion: "扩散分析",
  searchPlaceholder: "搜索实体:中文、拼音或首字母",
  searchLabel: "搜索实体",
  noResults: "无结果",
  searchTextPlaceholder: "搜索实体或文件原文:中文、拼音或首字母",
  searchNames: "名称 · {n} 个",
  searchSentences: "原文句子 · {n} 句,{docs} 份文件",
  moreNames: "更多名称(还有 {n} 个)",
  moreSentences: "更多句子(还有 {n} 句)",
  language: "English",
  languageLabel: "切换语言",
  documentsByRegion: "各地区文件数",
  documentsByYear: "各年份文件数",
  topEntities: "关联最多的实体",
  documents: "文件",
  corpus: "语料概况",
  nodes: "节点",
  relationships: "关系",
  unknown: "未知",
  expand: "展开邻居",
  expandSelected: "展开所选",
  collapse: "收起",
  hide: "隐藏",
  pin: "固定位置",
  unpin: "取消固定",
  showEvidence: "查看证据",
  pathFrom: "设为路径起点",
  pathTo: "设为路径终点",
  undo: "撤销",
  redo: "重做",
  fit: "适应画布",
  clear: "清空画布",
  layout: "布局",
  layoutFcose: "力导向 (fCoSE)",
  layoutConcentric: "同心圆",
  layoutBreadthfirst: "层次 (引用链/提纲)",
  layoutGrid: "网格",
  runLayout: "重新布局",
  sizeBy: "节点大小",
  sizeByDegree: "按度数",
  sizeByFund: "按资金额",
  filters: "筛选",
  labels: "实体类型",
  relTypes: "关系类型",
  document: "文件",
  allDocuments: "全部文件",
  region: "地区",
  allRegions: "全部地区",
  yearRange: "发布年份",
  yearFrom: "起始年份",
  yearTo: "截止年份",
  resetFilters: "重置筛选",
  legend: "图例",
  properties: "属性",
  evidence: "证据",
  noEvidence: "没有可引用的原文",
  provenance_stated: "原文陈述",
  provenance_inferred: "由名称推断",
  provenance_derived: "分析得出",
  confidence: "置信度",
  producedBy: "抽取规则",
  openDocument: "打开原文",
  close: "关闭",
  outline: "提纲",
  reader: "原文阅读",
  issuers: "发文机关",
  publishedOn: "发布日期",
  docNumber: "文号",
  paths: "路径",
  pathFromLabel: "起点",
  pathToLabel: "终点",
  findPaths: "查找路径",
  pathModeShortest: "最短路径",
  pathModeAll: "所有路径",
  maxLength: "最大长度",
  noPath: "未找到路径",
  pathsFound: "找到 {n} 条路径",
  pathsCapped: "显示前 {n} 条路径(已达上限,还有更多;提高上限或缩短最大长度)",
  noPathSkipping: "不经过文件或“提及”关系时未找到路径;取消勾选可包括它们",
  pathLimit: "上限",
  skipDocuments: "不经过文件节点",
  skipMentions: "不经过“提及”关系",
  pathTitle: "路径 {i} · {n} 步",
  openInReader: "在原文中查看",
  noQuote: "(无原文句子)",
  pathNeedFrom: "请先选择起点。",
  pathNeedTo: "请先选择终点。",
  pathSameEnds: "起点和终点是同一个实体,请改为展开它的邻居。",
  pathMaxLengthRange: "最大长度须为 1 到 6 之间的整数。",
  pathLimitRange: "上限须为 1 到 100 之间的整数。",
  pathModeInvalid: "请选择“最短路径”或“所有路径”。",
  useSelection: "使用所选两个节点",
  cypher: "Cypher 查询",
  cypherRun: "运行 (只读)",
  cypherHint: "只读查询,例如 MATCH (f:Fund)-[r:SUPPORTS]->(i) RETURN f, r, i",
  rows: "{n} 行",
  export: "导出",
  exportPng: "PNG 图片",
  exportSvg: "SVG 矢量图(可编辑文字)",
  exportSvgPortable: "SVG 矢量图(文字转曲,任何电脑显示一致)",
  exportPdfA4: "PDF (A4 横向)",
  exportPdfSlide: "PDF (16:9 幻灯片)",
  exportJson: "JSON",
  exportCsvNodes: "CSV 节点 (Excel)",
  exportCsvEdges: "CSV 关系 (Excel)",
  exportCsvNodesPlain: "CSV 节点 (R / pandas)",
  exportCsvEdgesPlain: "CSV 关系 (R / pandas)",
  exportGraphml: "GraphML (Gephi, yEd)",
  exportGexf: "GEXF (Gephi,含布局与颜色)",
  exportScale: "PNG 倍率",
  exportTransparent: "透明背景",
  exportParallel: "数据含未显示的平行关系",
  exportSources: "来源文件",
  copyLink: "复制链接",
  linkCopied: "链接已复制",
  exportTitle: "图名",
  capped: "结果已截断:只显示前 {limit} 个元素",
  largeView: "大图模式:已简化样式",
  loading: "加载中…",
  error: "出错了",
  storeUnavailable: "图数据库暂时不可用(正在重新启动),稍后会自动重试",
  apiUnreachable: "无法连接到服务器,请检查它是否仍在运行",
  storeBack: "图数据库已恢复",
  emptyGraph: "搜索实体或在概览中点击,开始探索",
  selectedCount: "已选 {n} 个",
  degree: "度数",
  fundAmount: "资金额",
  openGraph: "在图谱中打开",
  in: "入",
  out: "出",
  navigator: "鸟瞰图",
  more: "更多…",
  shortcuts: "双击展开 · 右键菜单 · Shift 拖动框选",
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: "Policy Graph",
  appSubtitle: "Chinese local innovation policy",
  overview: "Overview",
  graph: "Graph",
  diffusion: "Diffusion",
  searchPlaceholder: "Search entities: Chinese, pinyin or initials",
  searchLabel: "Search entities",
  noResults: "No results",
  searchTextPlaceholder: "Search entities or document text: Chinese, pinyin or initials",
  searchNames: "Names · {n}",
  searchSentences: "Sentences · {n} in {docs} document(s)",
  moreNames: "More names ({n} left)",
  moreSentences: "More sentences ({n} left)",
  language: "中文",
  languageLabel: "Switch language",
  documentsByRegion: "Documents by region",
  documentsByYear: "Documents by year",
  topEntities: "Most connected entities",
  documents: "Documents",
  corpus: "Corpus",
  nodes: "nodes",
  relationships: "relationships",
  unknown: "unknown",
  expand: "Expand neighbours",
  expandSelected: "Expand selected",
  collapse: "Collapse",
  hide: "Hide",
  pin: "Pin position",
  unpin: "Unpin",
  showEvidence: "Show evidence",
  pathFrom: "Path from here",
  pathTo: "Path to here",
  undo: "Undo",
  redo: "Redo",
  fit: "Fit",
  clear: "Clear canvas",
  layout: "Layout",
  layoutFcose: "Force-directed (fCoSE)",
  layoutConcentric: "Concentric",
  layoutBreadthfirst: "Hierarchy (citations/outline)",
  layoutGrid: "Grid",
  runLayout: "Re-run layout",
  sizeBy: "Node size",
  sizeByDegree: "by degree",
  sizeByFund: "by fund amount",
  filters: "Filters",
  labels: "Entity types",
  relTypes: "Relationship types",
  document: "Document",
  allDocuments: "All documents",
  region: "Region",
  allRegions: "All regions",
  yearRange: "Publication year",
  yearFrom: "From year",
  yearTo: "To year",
  resetFilters: "Reset filters",
  legend: "Legend",
  properties: "Properties",
  evidence: "Evidence",
  noEvidence: "No supporting quotes",
  provenance_stated: "stated in the text",
  provenance_inferred: "inferred from a name",
  provenance_derived: "derived by an analysis",
  confidence: "Confidence",
  producedBy: "Extraction rule",
  openDocument: "Open document",
  close: "Close",
  outline: "Outline",
  reader: "Document",
  issuers: "Issued by",
  publishedOn: "Published",
  docNumber: "Number",
  paths: "Paths",
  pathFromLabel: "From",
  pathToLabel: "To",
  findPaths: "Find paths",
  pathModeShortest: "Shortest",
  pathModeAll: "All paths",
  maxLength: "Max length",
  noPath: "No path found",
  pathsFound: "{n} path(s) found",
  pathsCapped: "Showing the first {n} paths (the limit was reached and there are more; raise the limit or shorten the max length)",
  noPathSkipping: "No path without documents or MENTIONS hops; untick them to include them",
  pathLimit: "Limit",
  skipDocuments: "Not through documents",
  skipMentions: "Not through MENTIONS",
  pathTitle: "Path {i} · {n} step(s)",
  openInReader: "Show in the document",
  noQuote: "(no sentence)",
  pathNeedFrom: "Choose a start first.",
  pathNeedTo: "Choose an end first.",
  pathSameEnds: "Start and end are the same entity; expand its neighbours instead.",
  pathMaxLengthRange: "Max length must be a whole number from 1 to 6.",
  pathLimitRange: "The limit must be a whole number from 1 to 100.",
  pathModeInvalid: "Choose shortest or all paths.",
  useSelection: "Use the two selected nodes",
  cypher: "Cypher console",
  cypherRun: "Run (read-only)",
  cypherHint: "Read-only query, e.g. MATCH (f:Fund)-[r:SUPPORTS]->(i) RETURN f, r, i",
  rows: "{n} rows",
  export: "Export",
  exportPng: "PNG image",
  exportSvg: "SVG vector (editable text)",
  exportSvgPortable: "SVG vector (text as outlines, same everywhere)",
  exportPdfA4: "PDF (A4 landscape)",
  exportPdfSlide: "PDF (16:9 slide)",
  exportJson: "JSON",
  exportCsvNodes: "CSV nodes (Excel)",
  exportCsvEdges: "CSV edges (Excel)",
  exportCsvNodesPlain: "CSV nodes (R / pandas)",
  exportCsvEdgesPlain: "CSV edges (R / pandas)",
  exportGraphml: "GraphML (Gephi, yEd)",
  exportGexf: "GEXF (Gephi, with layout and colours)",
  exportScale: "PNG scale",
  exportTransparent: "Transparent background",
  exportParallel: "Data: add hidden parallel relationships",
  exportSources: "Sources",
  copyLink: "Copy link",
  linkCopied: "Link copied",
  exportTitle: "Title",
  capped: "Result capped: only the first {limit} elements are shown",
  largeView: "Large view: simplified style",
  loading: "Loading…",
  error: "Error",
  storeUnavailable: "The graph database is unavailable for the moment (it is restarting); retrying by itself shortly",
  apiUnreachable: "The server cannot be reached; check that it is still running",
  storeBack: "The graph database is back",
  emptyGraph: "Search for an entity or click one in the overview to start",
  selectedCount: "{n} selected",
  degree: "Degree",
  fundAmount: "Fund amount",
  openGraph: "Open in graph",
  in: "in",
  out: "out",
  navigator: "Navigator",
  more: "More…",
  shortcuts: "Double-click expands · right-click menu · Shift-drag selects",
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export const LABEL_NAMES: Record<Lang, Record<NodeLabel, string>> = {
  zh: {
    Document: "文件", Policy: "引用政策", Region: "地区", Agency: "机构", Park: "园区", Fund: "基金",
    Industry: "产业", Organization: "组织", Platform: "平台", Program: "计划/工程", Instrument: "政策工具",
    Indicator: "指标", Measure: "措施条目",
  },
  en: {
    Document: "Document", Policy: "Cited policy", Region: "Region", Agency: "Agency", Park: "Park", Fund: "Fund",
    Industry: "Industry", Organization: "Organization", Platform: "Platform", Program: "Program", Instrument: "Instrument",
    Indicator: "Indicator", Measure: "Measure",
  },
};

export const REL_NAMES: Record<Lang, Record<RelType, string>> = {
  zh: {
    ISSUED_BY: "发布机关", CITES: "引用", PART_OF: "隶属", LOCATED_IN: "位于", FOCUSES_ON: "聚焦产业",
    PRIORITIZES: "重点发展", SUPPORTS: "支持", ESTABLISHES: "设立", ADOPTS: "采用工具", SETS_TARGET: "设定目标",
    COOPERATES_WITH: "合作", HAS_MEASURE: "包含措施", LED_BY: "牵头", ASSIGNED_TO: "责任单位", MENTIONS: "提及",
    SIMILAR_TO: "内容相似",
  },
  en: {
    ISSUED_BY: "issued by", CITES: "cites", PART_OF: "part of", LOCATED_IN: "located in", FOCUSES_ON: "focuses on",
    PRIORITIZES: "prioritizes", SUPPORTS: "supports", ESTABLISHES: "establishes", ADOPTS: "adopts", SETS_TARGET: "sets target",
    COOPERATES_WITH: "cooperates with", HAS_MEASURE: "has measure", LED_BY: "led by", ASSIGNED_TO: "assigned to", MENTIONS: "mentions",
    SIMILAR_TO: "similar to",
  },
};

let current: Lang = "zh";
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  for (const fn of listeners) fn(next);
}

/** Calls `fn` whenever the language changes; returns the unsubscribe function. */
export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * The message for `key` in the current language, with `{name}` placeholders filled.
 * @example t("pathsFound", { n: 3 }) // "找到 3 条路径"
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[current][key], vars);
}

function fill(message: string, vars: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/**
 * A view's own words, kept beside the view instead of in the shared table above; the type
 * makes both languages carry the same keys.
 * @example const w = words({ zh: { title: "采纳矩阵" }, en: { title: "Adoption matrix" } }); w("title")
 */
export function words<K extends string>(table: { zh: Record<K, string>; en: Record<K, string> }) {
  return (key: K, vars: Record<string, string | number> = {}): string => fill(table[current][key], vars);
}

export function labelName(label: string): string {
  return (LABEL_NAMES[current] as Record<string, string>)[label] ?? label;
}

export function relName(type: string): string {
  return (REL_NAMES[current] as Record<string, string>)[type] ?? type;
}

export { NODE_LABELS, REL_TYPES };

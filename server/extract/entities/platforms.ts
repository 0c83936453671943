/**
 * Platforms (guide §3.7): innovation and service carriers, named or of a kind, found from the
 * head word their name ends in (…孵化器, …实验室, …平台, …中心; heads.ts) and named as the text
 * names them. A bare kind that a vocabulary entry spells out (孵化器 → 科技企业孵化器,
 * ../vocab/platforms.json) takes the full name; carriers without such a head (大学科技园,
 * 创新飞地) come from that vocabulary. Spans inside a Park, Program or Organization name belong
 * to that entity. ESTABLISHES (Document → Platform) where the document builds it (triggers.ts).
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { headScanner, platformHeads } from "./heads.js";
import { byStart, type Hit } from "./hits.js";
import { stopWords } from "./names.js";
import { buildDictionary } from "./trie.js";
import { establishes, establishmentFacts } from "./triggers.js";
import { platforms } from "./vocab.js";

const scanner = headScanner(platformHeads, {
  stops: stopWords(["建设", "加快", "规划", "出台", "提升", "面向", "服务于", "推进", "发展", "升级", "健全", "符合", "允许", "借助", "构建", "现有", "其他", "一系列", "变成", "更", "普遍", "建有", "上线", "有关", "创办", "以上", "他", "应当", "实现", "解决", "兼容", "列入", "接入", "进入", "及时", "改造", "维护", "登录", "搭建", "承担", "凭", "完成", "地区", "领域", "方面", "环节", "提供", "构筑", "对于", "获", "除", "入围", "成功", "破解", "制约"], ["重点", "一批", "联合", "服务", "合作", "共建", "协同", "配套", "与"]),
  maxLen: 16,
  keep: new Set(["协同", "孵化", "转化", "共享", "开放", "服务", "合作", "交易", "运营", "转移", "创新", "创业", "研发", "检测", "检验", "评估", "展示", "育成", "实训", "见习", "维权", "援助", "导航", "保护"]),
  notAfter: "公司|有限|集团|城区|城市|镇|[区县]",
});
/** Full names of kinds, by a shorter form the text uses once the kind is introduced. */
const fullName = new Map<string, string>();
for (const e of platforms) for (const s of e.synonyms) if (s !== e.canonical && e.canonical.endsWith(s)) fullName.set(s, e.canonical);
const kinds = buildDictionary<string>(platforms.flatMap((e) => [e.canonical, ...e.synonyms].map((t) => [t, e.canonical] as const)));

export const platformId = (name: string) => `platform:${name}`;

/** `taken`: hits of entities found before (Parks, Programs, Organizations) whose spans a Platform may not overlap. */
export function findPlatforms(c: Collector, taken: readonly Hit[] = []): { hits: Hit[] } {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  // Characters already claimed by an entity. A candidate whose edge is claimed lies inside or
  // across another name (科技园 of 茶叶科技园); one that holds a whole name keeps it
  // (乐山高新区科研总部 holds the Park 乐山高新区).
  const claimed = new Uint8Array(text.length);
  const claim = (start: number, end: number) => claimed.fill(1, start, end);
  const overlaps = (start: number, end: number) => claimed[start] === 1 || claimed[end - 1] === 1;
  for (const h of taken) claim(h.start, h.end);
  const add = (name: string, aliases: string[], kind: string, start: number, end: number) => {
    const full = fullName.get(name);
    const id = c.mention({ id: platformId(full ?? name), label: "Platform", name: full ?? name, aliases: full ? [name, ...aliases] : aliases, props: { kind } }, start, end);
    hits.push({ id, start, end });
    claim(start, end);
    const s = sentenceAt(ctx.sentences, start);
    if (s && establishes(text, s, start, end)) c.relate("ESTABLISHES", ctx.docId, id, s, establishmentFacts(text, s, start));
  };
  for (const h of scanner.scan(text)) if (!overlaps(h.start, h.end)) add(h.name, h.aliases, h.head, h.start, h.end);
  for (const m of kinds.find(text)) if (!overlaps(m.start, m.end)) add(m.value, [], m.value, m.start, m.end);
  hits.sort(byStart);
  return { hits };
}

/**
 * Platforms: the kinds of innovation carrier a policy builds or rewards (众创空间, 科技企业
 *孵化器, 重点实验室 … ../vocab/platforms.json), one node per kind, and named carriers
 * (XX科技城, XX省实验室). ESTABLISHES (Document → Platform) where the document builds them
 * ("建设…众创空间", "打造…孵化器"), not where it rewards others for having them ("对新认定的…").
 */
import { sentenceAt } from "../context.js";
import type { Collector } from "./collect.js";
import { clauseAround, type Hit } from "./hits.js";
import { looksUnnamed, startOfName, stopWords } from "./names.js";
import { buildDictionary } from "./trie.js";
import { platforms } from "./vocab.js";

const kinds = buildDictionary<string>(platforms.flatMap((e) => [e.canonical, ...e.synonyms].map((t) => [t, e.canonical] as const)));
const NAMED = /科技城|科学城|省实验室|创新港|科创走廊|双创生态社区|双创社区|人才留创园/g;
const NAMED_STOPS = stopWords(["加快", "建设", "打造", "规划", "出台"]);
const BUILD = /建设|建立|打造|设立|组建|培育|新建|创建|搭建|建成|布局|筹建|争创|发展|引进|推进|完善|提升|加快|支持|鼓励/;
/** "对新认定的…/被评为…": an award to whoever has one, not a commitment to build it. */
const REWARD_CLAUSE = /对[^，,；;]{0,30}$|认定|评为|获批|获得|入驻|进入|毕业|考核|运营管理/;

export const platformId = (name: string) => `platform:${name}`;

export function findPlatforms(c: Collector): { hits: Hit[] } {
  const { ctx } = c;
  const text = ctx.matchText;
  const hits: Hit[] = [];
  const relate = (id: string, start: number) => {
    const s = sentenceAt(ctx.sentences, start);
    if (!s) return;
    const clause = clauseAround(text, s, start);
    const before = text.slice(clause.start, start);
    if (BUILD.test(before) && !REWARD_CLAUSE.test(before)) c.relate("ESTABLISHES", ctx.docId, id, s);
  };
  for (const m of kinds.find(text)) {
    const id = c.mention({ id: platformId(m.value), label: "Platform", name: m.value, props: { kind: m.value } }, m.start, m.end);
    hits.push({ id, start: m.start, end: m.end });
    relate(id, m.start);
  }
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
    const end = m.index + m[0].length;
    const start = startOfName(text, m.index, NAMED_STOPS, 12);
    const name = text.slice(start, end).replace(/[“”]/g, "");
    if (start === m.index || looksUnnamed(name)) continue;
    const id = c.mention({ id: platformId(name), label: "Platform", name, props: { kind: m[0] } }, start, end);
    hits.push({ id, start, end });
    relate(id, start);
  }
  return { hits };
}

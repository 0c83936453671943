/**
 * The diffusion tab: one sub-view per analysis (adoption matrix, timeline, citations, …), each
 * loaded on first use so the graph explorer does not pay for chart code it never shows. The
 * open view and its parameters live in the URL (#diffusion/<view>?k=v), so a finding can be
 * sent as a link and reopens as it was.
 */
import { h, replace } from "../../dom.js";
import { words } from "../../i18n.js";

export interface DiffusionContext {
  openDocument(docId: string, focus: { start: number; end: number } | null): void;
  openEntity(id: string): void;
  /** This view's parameters as the URL holds them. */
  params: URLSearchParams;
  /** Rewrites this view's parameters in the URL (undefined drops one); does not re-render. */
  setParams(next: Record<string, string | undefined>): void;
}

export interface DiffusionModule {
  render(host: HTMLElement, ctx: DiffusionContext): void | Promise<void>;
}

export interface DiffusionView {
  id: string;
  title(): string;
  /** The research question the view answers, one sentence, shown under its title. */
  question(): string;
  load(): Promise<DiffusionModule>;
}

/** Every view, in tab order. */
export const DIFFUSION_VIEWS: DiffusionView[] = [
  { id: "timeline", title: () => w("timeline"), question: () => w("timelineQ"), load: () => import("./timeline.js") },
  { id: "adoption", title: () => w("adoption"), question: () => w("adoptionQ"), load: () => import("./adoption.js") },
  { id: "map", title: () => w("map"), question: () => w("mapQ"), load: () => import("./map.js") },
  { id: "neighbours", title: () => w("neighbours"), question: () => w("neighboursQ"), load: () => import("./neighbours.js") },
  { id: "innovativeness", title: () => w("innovativeness"), question: () => w("innovativenessQ"), load: () => import("./innovativeness.js") },
  { id: "network", title: () => w("network"), question: () => w("networkQ"), load: () => import("./network.js") },
  { id: "citations", title: () => w("citations"), question: () => w("citationsQ"), load: () => import("./citations.js") },
  { id: "targets", title: () => w("targets"), question: () => w("targetsQ"), load: () => import("./targets.js") },
  { id: "similarity", title: () => w("similarity"), question: () => w("similarityQ"), load: () => import("./similarity.js") },
  { id: "centrality", title: () => w("centrality"), question: () => w("centralityQ"), load: () => import("./centrality.js") },
];

const w = words({
  zh: {
    views: "扩散分析视图",
    loading: "加载中…",
    failed: "无法打开此视图",
    timeline: "扩散曲线",
    timelineQ: "一项政策工具何时、以多快的速度在各地扩散?谁是首个采纳者?",
    adoption: "采纳矩阵",
    adoptionQ: "哪个地区在哪一年、以哪份文件首次采纳了哪项工具?",
    map: "采纳地图",
    mapQ: "一项工具的采纳在地理上如何分布,先在哪里出现?",
    neighbours: "邻近扩散",
    neighboursQ: "采纳者的相邻地区是否更早采纳了同一工具?",
    innovativeness: "创新性排名",
    innovativenessQ: "哪些地区总是较早采纳新的政策工具?",
    network: "扩散网络", networkQ: "从各项工具的采纳先后,能推断出哪些地区跟随哪些地区?(NetInf)",
    citations: "引用网络", citationsQ: "哪些上级文件被下级文件引用?政策如何沿“中央—省—市—区县”逐级传导?",
    targets: "目标对比", targetsQ: "各地对同一指标设定的目标值有何差异?",
    similarity: "文件相似度", similarityQ: "哪些文件在政策内容或文字上彼此相似,复用了哪些段落?",
    centrality: "中心性", centralityQ: "哪些产业、基金、机构在政策网络中处于核心位置?",
  },
  en: {
    views: "Diffusion views",
    loading: "Loading…",
    failed: "Could not open this view",
    timeline: "Diffusion curves",
    timelineQ: "When and how fast did a policy instrument spread across places, and who adopted it first?",
    adoption: "Adoption matrix",
    adoptionQ: "Which place first adopted which instrument, in which year and by which document?",
    map: "Adoption map",
    mapQ: "Where was an instrument adopted, and where did it appear first?",
    neighbours: "Neighbour diffusion",
    neighboursQ: "Had an adopter's bordering places adopted the same instrument before it?",
    innovativeness: "Innovativeness",
    innovativenessQ: "Which places adopt new policy instruments early, across instruments?",
    network: "Diffusion network", networkQ: "Which places follow which, as inferred from the order in which they adopted each instrument (NetInf)?",
    citations: "Citations", citationsQ: "Which upstream documents do local documents cite, and how does policy pass down from central to provincial, city and district level?",
    targets: "Targets", targetsQ: "How do places' targets on the same indicator compare?",
    similarity: "Similarity", similarityQ: "Which documents are alike in policy content or in wording, and which passages do they reuse?",
    centrality: "Centrality", centralityQ: "Which industries, funds and agencies are central in the policy network?",
  },
});

export interface DiffusionRoute {
  view: string;
  params: URLSearchParams;
}

/** `#diffusion/adoption?instrument=创新券` → {view: "adoption", params}; null for other hashes. */
export function parseDiffusionHash(hash: string): DiffusionRoute | null {
  const m = /^#diffusion(?:\/([\w-]+))?(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  return { view: m[1] ?? DIFFUSION_VIEWS[0]?.id ?? "", params: new URLSearchParams(m[2] ?? "") };
}

export function diffusionHash(route: DiffusionRoute): string {
  const q = route.params.toString();
  return `#diffusion/${route.view}${q ? `?${q}` : ""}`;
}

/**
 * Draws the sub-navigation and the chosen view into `host`. `navigate` is called with the
 * new route when the user picks another view or a view changes its parameters.
 */
export async function renderDiffusion(
  host: HTMLElement,
  route: DiffusionRoute,
  actions: Pick<DiffusionContext, "openDocument" | "openEntity"> & { navigate(route: DiffusionRoute, rerender: boolean): void },
): Promise<void> {
  const view = DIFFUSION_VIEWS.find((v) => v.id === route.view) ?? DIFFUSION_VIEWS[0];
  const body = h("div", { class: "diffusion-body" }, h("p", { class: "muted" }, w("loading")));
  const nav = h(
    "nav",
    { class: "diffusion-nav", "aria-label": w("views") },
    DIFFUSION_VIEWS.map((v) =>
      h(
        "button",
        {
          class: "subtab",
          "data-view": v.id,
          "aria-current": String(v === view),
          onclick: () => actions.navigate({ view: v.id, params: new URLSearchParams() }, true),
        },
        v.title(),
      ),
    ),
  );
  replace(host, nav, body);
  if (!view) return;
  const ctx: DiffusionContext = {
    openDocument: actions.openDocument,
    openEntity: actions.openEntity,
    params: route.params,
    setParams(next) {
      for (const [k, v] of Object.entries(next)) {
        if (v === undefined || v === "") route.params.delete(k);
        else route.params.set(k, v);
      }
      actions.navigate({ view: view.id, params: route.params }, false);
    },
  };
  try {
    const mod = await view.load();
    const content = h("div", { class: "diffusion-view", "data-view": view.id });
    replace(body, h("header", { class: "diffusion-head" }, h("h2", {}, view.title()), h("p", { class: "muted" }, view.question())), content);
    await mod.render(content, ctx);
  } catch (err) {
    replace(body, h("p", { class: "notice error" }, `${w("failed")}: ${(err as Error).message}`));
  }
}

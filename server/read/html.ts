/**
 * HTML → plain text with line breaks where the page had blocks. Government pages wrap the
 * document in navigation, sidebars and footers; when one container (id/class content,
 * article, zoom, TRS_Editor, main …) holds most of the Chinese text, only it is kept, with the
 * page's headline put back on top because CMS templates print the title outside the body.
 */
import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import { countHan } from "./cjk.js";

export interface HtmlText {
  text: string;
  /** Text of the page outside the chosen container: not the document, but it may carry 发布日期/来源. */
  outsideText: string;
}

const DROPPED = new Set(["script", "style", "nav", "header", "footer", "noscript", "iframe", "head", "template", "svg", "select", "button"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
  "table", "tbody", "thead", "tfoot", "title", "tr", "ul",
]);
const CELLS = new Set(["td", "th"]);
const MAIN_CONTAINER = /content|article|zoom|trs_editor|main/i;
// "Most of the CJK text": a container with less is a teaser or a sidebar, not the document.
const MAIN_SHARE = 0.5;

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

/**
 * @example htmlToText("<nav>首页</nav><div id=zoom><p>第一条</p><p>第二条</p></div>").text // "第一条\n第二条"
 */
export function htmlToText(html: string): HtmlText {
  const root = parse(html, { comment: false, blockTextElements: { pre: true } });
  for (const el of root.querySelectorAll("*")) if (DROPPED.has(el.rawTagName?.toLowerCase())) el.remove();
  const main = mainContainer(root);
  if (!main) return { text: blockText(root), outsideText: "" };

  const headline = headlineOutside(root, main);
  const body = blockText(main);
  main.remove();
  return { text: headline && !body.includes(headline) ? `${headline}\n${body}` : body, outsideText: blockText(root) };
}

/** The smallest content-like container that still holds most of the page's Chinese. */
function mainContainer(root: HTMLElement): HTMLElement | null {
  const pageHan = countHan(root.text);
  if (pageHan === 0) return null;
  let best: { el: HTMLElement; han: number } | null = null;
  for (const el of root.querySelectorAll("[id], [class]")) {
    if (!MAIN_CONTAINER.test(`${el.id} ${el.classNames}`)) continue;
    const han = countHan(el.text);
    if (han >= pageHan * MAIN_SHARE && (!best || han < best.han)) best = { el, han };
  }
  return best?.el ?? null;
}

/**
 * The first h1–h3, else the first title-classed element, outside the container that reads like a
 * document title; headings first because a "title" class also names site banners.
 */
function headlineOutside(root: HTMLElement, main: HTMLElement): string | null {
  for (const selector of ["h1, h2, h3", "[class*=title], [id*=title]"]) {
    for (const el of root.querySelectorAll(selector)) {
      if (isInside(el, main) || isInside(main, el)) continue;
      const text = el.text.replace(/\s+/g, " ").trim();
      if (countHan(text) >= 6 && text.length <= 120) return text;
    }
  }
  return null;
}

function isInside(el: HTMLElement, container: HTMLElement): boolean {
  for (let p: HTMLElement | null = el; p; p = p.parentNode) if (p === container) return true;
  return false;
}

/**
 * Text with one line break per block boundary (however deeply blocks nest), one per <br>, and
 * table cells separated by tabs; HTML whitespace collapsed except inside <pre>.
 */
function blockText(node: Node): string {
  const out: string[] = [];
  let pendingBreak = false;
  const walk = (n: Node, pre: boolean) => {
    if (n.nodeType === NodeType.TEXT_NODE) {
      const text = pre ? n.text : n.text.replace(/[ \t\r\n\f]+/g, " ");
      if (text === "" || (pendingBreak && text.trim() === "")) return;
      if (pendingBreak && out.length > 0) out.push("\n");
      pendingBreak = false;
      out.push(text);
      return;
    }
    if (!(n instanceof HTMLElement)) return;
    const tag = n.rawTagName?.toLowerCase() ?? "";
    if (tag === "br") {
      out.push("\n");
      pendingBreak = false;
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) pendingBreak = true;
    for (const child of n.childNodes) walk(child, pre || tag === "pre");
    if (isBlock) pendingBreak = true;
    else if (CELLS.has(tag)) out.push("\t");
  };
  walk(node, false);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n");
}

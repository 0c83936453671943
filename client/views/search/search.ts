/**
 * The search box: suggestions while typing (Chinese, pinyin or initials, simplified or
 * traditional; the API matches all of them), each with its label's colour badge and, with
 * `onSentence`, the sentences of the documents that say the words, with document and place.
 * Both lists page: a "more" option fetches the next page. Keyboard: arrows move, Enter opens,
 * Escape closes. Follows the WAI-ARIA combobox pattern so screen readers announce the options.
 */
import type { SearchHit, SentenceHit } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { debounce, h, replace } from "../../dom.js";
import { labelName, onLangChange, t } from "../../i18n.js";
import { labelStyle } from "../../graph/style.js";
import { moveActive } from "./active.js";
import { emptyPages, nextOffset, options, type Option, type SearchPages } from "./pages.js";

let uid = 0;

const NAME_PAGE = 8;
const SENTENCE_PAGE = 6;

/** A search combobox; `onPick` gets the chosen entity, `onSentence` (when given) the chosen sentence. */
export function createSearch(
  onPick: (hit: SearchHit) => void,
  opts: { id?: string; compact?: boolean; onSentence?: (hit: SentenceHit) => void } = {},
): HTMLElement {
  const listId = `suggest-${++uid}`;
  const input = h("input", {
    type: "search",
    id: opts.id,
    class: "search-input",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    spellcheck: "false",
  });
  const list = h("ul", { id: listId, class: "suggestions" + (opts.onSentence ? " with-sentences" : ""), role: "listbox", hidden: true });
  const root = h("div", { class: "search" + (opts.compact ? " compact" : "") }, input, list);
  let pages: SearchPages = emptyPages();
  let active = -1;
  let controller: AbortController | null = null;

  const label = () => {
    input.placeholder = t(opts.onSentence ? "searchTextPlaceholder" : "searchPlaceholder");
    input.setAttribute("aria-label", t("searchLabel"));
    list.setAttribute("aria-label", t("searchLabel"));
  };
  label();
  onLangChange(() => {
    label();
    render();
  });

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === "more") return void loadMore(option.list);
    close();
    if (option.kind === "name") {
      input.value = option.hit.name;
      onPick(option.hit);
    } else opts.onSentence?.(option.hit);
  };

  function render() {
    if (!input.value.trim()) return close();
    const choices = options(pages);
    const items: HTMLElement[] = [];
    const heading = (text: string) => items.push(h("li", { class: "suggestion-heading", role: "presentation" }, text));
    if (opts.onSentence && pages.names.total > 0) heading(t("searchNames", { n: pages.names.total }));
    choices.forEach((option, i) => {
      if (option.kind === "sentence" && (i === 0 || choices[i - 1]!.kind !== "sentence")) {
        heading(t("searchSentences", { n: pages.sentences.total, docs: pages.sentences.documents }));
      }
      items.push(
        h(
          "li",
          {
            id: `${listId}-${i}`,
            class: `suggestion ${option.kind}` + (i === active ? " active" : ""),
            role: "option",
            "aria-selected": i === active ? "true" : "false",
            onmousedown: (ev) => {
              ev.preventDefault();
              choose(option);
            },
          },
          ...optionContent(option),
        ),
      );
    });
    if (choices.length === 0) items.push(h("li", { class: "suggestion empty", role: "option", "aria-disabled": "true" }, t("noResults")));
    replace(list, items);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
    list.querySelector(".active")?.scrollIntoView({ block: "nearest" });
  }

  async function fetchPage(list: "names" | "sentences", q: string, offset: number, signal: AbortSignal) {
    if (list === "names") {
      const res = await api.search(q, { limit: NAME_PAGE, offset }, signal);
      return { items: res.items, total: res.total };
    }
    const res = await api.searchSentences(q, { limit: SENTENCE_PAGE, offset }, signal);
    return { items: res.items, total: res.total, documents: res.documents };
  }

  async function loadMore(which: "names" | "sentences") {
    const q = input.value.trim();
    const signal = (controller ??= new AbortController()).signal;
    try {
      const page = await fetchPage(which, q, nextOffset(pages, which), signal);
      if (q !== input.value.trim()) return;
      if (which === "names") pages.names.items.push(...(page.items as SearchHit[]));
      else pages.sentences.items.push(...(page.items as SentenceHit[]));
      render();
    } catch (err) {
      if ((err as Error).name !== "AbortError") throw err;
    }
  }

  const suggest = debounce(async (q: string) => {
    controller?.abort();
    if (!q) return close();
    controller = new AbortController();
    const { signal } = controller;
    try {
      const [names, sentences] = await Promise.all([
        fetchPage("names", q, 0, signal),
        opts.onSentence ? fetchPage("sentences", q, 0, signal) : Promise.resolve({ items: [], total: 0, documents: 0 }),
      ]);
      if (q !== input.value.trim()) return;
      pages = {
        names: { items: names.items as SearchHit[], total: names.total },
        sentences: { items: sentences.items as SentenceHit[], total: sentences.total, documents: sentences.documents ?? 0 },
      };
      active = options(pages).length ? 0 : -1;
      render();
    } catch (err) {
      if ((err as Error).name !== "AbortError") {
        pages = emptyPages();
        render();
      }
    }
  }, 180);

  input.addEventListener("input", () => suggest(input.value.trim()));
  input.addEventListener("keydown", (ev) => {
    const count = options(pages).length;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (list.hidden && count) active = -1;
      active = moveActive(active, count, ev.key === "ArrowDown" ? 1 : -1);
      render();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      choose(options(pages)[active >= 0 ? active : 0]);
    } else if (ev.key === "Escape") {
      if (!list.hidden) {
        ev.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
  input.addEventListener("focus", () => {
    if (input.value.trim() && options(pages).length) render();
  });
  return root;
}

function optionContent(option: Option): (HTMLElement | string | null)[] {
  if (option.kind === "name") {
    const hit = option.hit;
    return [
      badge(hit.label),
      h("span", { class: "suggestion-name" }, hit.name),
      hit.aliases.length ? h("span", { class: "suggestion-alias" }, hit.aliases.slice(0, 2).join(" · ")) : null,
      h("span", { class: "suggestion-degree", title: t("degree") }, hit.degree),
    ];
  }
  if (option.kind === "more") return [h("span", { class: "suggestion-more" }, t(option.list === "names" ? "moreNames" : "moreSentences", { n: option.left }))];
  const hit = option.hit;
  const before = hit.sentence.slice(0, hit.matchStart - hit.start);
  const match = hit.sentence.slice(hit.matchStart - hit.start, hit.matchEnd - hit.start);
  const after = hit.sentence.slice(hit.matchEnd - hit.start);
  const where = [hit.region, hit.publishedOn?.slice(0, 4), `《${hit.title}》`].filter(Boolean).join(" · ");
  return [h("span", { class: "sentence-text" }, before, h("mark", {}, match), after), h("span", { class: "sentence-where" }, where)];
}

/** A coloured label badge, e.g. "地区" on green. */
export function badge(label: string): HTMLElement {
  return h("span", { class: "badge", style: `--badge:${labelStyle(label).color}` }, labelName(label));
}

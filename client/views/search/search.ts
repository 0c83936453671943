/**
 * The search box: suggestions while typing (Chinese, pinyin or initials; the API matches all
 * three), each with its label's colour badge. Keyboard: arrows move, Enter opens, Escape
 * closes. Follows the WAI-ARIA combobox pattern so screen readers announce the options.
 */
import type { SearchHit } from "../../../server/schema/api.js";
import { api } from "../../api.js";
import { debounce, h, replace } from "../../dom.js";
import { labelName, onLangChange, t } from "../../i18n.js";
import { labelStyle } from "../../graph/style.js";
import { moveActive } from "./active.js";

let uid = 0;

/** A search combobox; `onPick` gets the chosen hit. */
export function createSearch(onPick: (hit: SearchHit) => void, opts: { id?: string; compact?: boolean } = {}): HTMLElement {
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
  const list = h("ul", { id: listId, class: "suggestions", role: "listbox", hidden: true });
  const root = h("div", { class: "search" + (opts.compact ? " compact" : "") }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;

  const label = () => {
    input.placeholder = t("searchPlaceholder");
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

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.name;
    onPick(hit);
  };

  function render() {
    if (!input.value.trim()) return close();
    replace(
      list,
      hits.length === 0
        ? h("li", { class: "suggestion empty", role: "option", "aria-disabled": "true" }, t("noResults"))
        : hits.map((hit, i) =>
            h(
              "li",
              {
                id: `${listId}-${i}`,
                class: "suggestion" + (i === active ? " active" : ""),
                role: "option",
                "aria-selected": i === active ? "true" : "false",
                onmousedown: (ev) => {
                  ev.preventDefault();
                  pick(hit);
                },
              },
              badge(hit.label),
              h("span", { class: "suggestion-name" }, hit.name),
              hit.aliases.length ? h("span", { class: "suggestion-alias" }, hit.aliases.slice(0, 2).join(" · ")) : null,
              h("span", { class: "suggestion-degree", title: t("degree") }, hit.degree),
            ),
          ),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
    list.querySelector(".active")?.scrollIntoView({ block: "nearest" });
  }

  const suggest = debounce(async (q: string) => {
    controller?.abort();
    if (!q) return close();
    controller = new AbortController();
    try {
      const res = await api.search(q, { limit: 12 }, controller.signal);
      if (q !== input.value.trim()) return;
      hits = res.items;
      active = hits.length ? 0 : -1;
      render();
    } catch (err) {
      if ((err as Error).name !== "AbortError") {
        hits = [];
        render();
      }
    }
  }, 180);

  input.addEventListener("input", () => suggest(input.value.trim()));
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (list.hidden && hits.length) active = -1;
      active = moveActive(active, hits.length, ev.key === "ArrowDown" ? 1 : -1);
      render();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      pick(hits[active >= 0 ? active : 0]);
    } else if (ev.key === "Escape") {
      if (!list.hidden) {
        ev.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 120));
  input.addEventListener("focus", () => {
    if (input.value.trim() && hits.length) render();
  });
  return root;
}

/** A coloured label badge, e.g. "地区" on green. */
export function badge(label: string): HTMLElement {
  return h("span", { class: "badge", style: `--badge:${labelStyle(label).color}` }, labelName(label));
}

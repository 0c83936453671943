/**
 * The canvas's context menu: a list of buttons at the pointer, reachable with the keyboard
 * (arrows move, Escape closes, focus returns to where it was).
 */
import { h, replace } from "../../dom.js";

export interface MenuItem {
  label: string;
  run(): void;
}

export function createMenu(host: HTMLElement): { open(items: MenuItem[], at: { x: number; y: number }): void; close(): void } {
  const menu = h("div", { class: "context-menu", role: "menu", hidden: true });
  host.append(menu);
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (menu.hidden) return;
    menu.hidden = true;
    returnFocus?.focus?.();
  };
  menu.addEventListener("keydown", (ev) => {
    const buttons = [...menu.querySelectorAll("button")];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === "Escape") {
      ev.stopPropagation();
      close();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      buttons[(i + (ev.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  });
  document.addEventListener("pointerdown", (ev) => {
    if (!menu.contains(ev.target as Node)) close();
  });

  return {
    open(items, at) {
      returnFocus = document.activeElement as HTMLElement | null;
      replace(
        menu,
        items.map((item) =>
          h(
            "button",
            {
              role: "menuitem",
              onclick: () => {
                close();
                item.run();
              },
            },
            item.label,
          ),
        ),
      );
      menu.hidden = false;
      const maxX = host.clientWidth - menu.offsetWidth - 4;
      const maxY = host.clientHeight - menu.offsetHeight - 4;
      menu.style.left = `${Math.max(4, Math.min(at.x, maxX))}px`;
      menu.style.top = `${Math.max(4, Math.min(at.y, maxY))}px`;
      menu.querySelector("button")?.focus();
    },
    close,
  };
}

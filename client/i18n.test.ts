import { describe, expect, it } from "vitest";
import { LABEL_NAMES, lang, MESSAGES, NODE_LABELS, REL_NAMES, REL_TYPES, setLang, t } from "./i18n.js";

describe("i18n", () => {
  it("has every message in Chinese and English, none empty", () => {
    const zh = Object.keys(MESSAGES.zh).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zh);
    for (const l of ["zh", "en"] as const) for (const k of zh) expect(MESSAGES[l][k as keyof typeof MESSAGES.zh].trim(), `${l}.${k}`).not.toBe("");
  });

  it("names every node label and relationship type in both languages", () => {
    for (const l of ["zh", "en"] as const) {
      expect(Object.keys(LABEL_NAMES[l]).sort()).toEqual([...NODE_LABELS].sort());
      expect(Object.keys(REL_NAMES[l]).sort()).toEqual([...REL_TYPES].sort());
    }
  });

  it("uses the same placeholders in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) expect(vars(MESSAGES.en[k]), k).toEqual(vars(MESSAGES.zh[k]));
  });

  it("is Chinese by default and fills placeholders", () => {
    expect(lang()).toBe("zh");
    expect(t("pathsFound", { n: 3 })).toBe("找到 3 条路径");
    setLang("en");
    expect(t("pathsFound", { n: 3 })).toBe("3 path(s) found");
    setLang("zh");
  });
});

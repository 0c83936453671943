/**
 * Title keys: the form in which a cited 《title》 and an ingested document's title are compared,
 * so that 《东莞市建设国家自主创新示范区实施方案(2017—2020年)》 finds the document whose 通知
 * forwards 东莞市建设国家自主创新示范区实施方案（2017-2020年）.
 */

/** Drops spaces, quotes and book-title marks, unifies brackets and dashes. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKC")
    .replace(/[\s《》〈〉<>“”"‘’'「」『』]/g, "")
    .replace(/[〔［【\[]/g, "(")
    .replace(/[〕］】\]]/g, ")")
    .replace(/[—–－‐-]+/g, "-")
    .replace(/至/g, "-");
}

/**
 * The title of the document a 通知 forwards (关于印发《X》的通知 → X), keyed, or null when the
 * title is not such a wrapper.
 */
export function innerTitleKey(title: string): string | null {
  const m = /(?:印发|转发|颁发|发布)(.+?)的(?:通知|决定)$/.exec(title.replace(/\s/g, ""));
  return m ? titleKey(m[1]!) : null;
}

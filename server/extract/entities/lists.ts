/**
 * Distributive lists (guide §1.3): a head noun shared by the members of a list is copied onto
 * each member. Two shapes:
 *  - 「渠口、临港等物流园区」: the members end at 等 and the whole name after it is shared →
 *    渠口物流园区, 临港物流园区;
 *  - 「院士、专家工作站」, 「茶叶、…、高山蔬菜科技园」: the last member runs into the head,
 *    which alone is shared → 院士工作站, 专家工作站.
 * The bare member (渠口, 院士) is the alias of its node. Finders give where the name and its
 * head begin; this module only reads the list to their left.
 */

export interface Member {
  /** The member with the shared part: 渠口物流园区. */
  name: string;
  /** The member as printed: 渠口. */
  bare: string;
  start: number;
  end: number;
}

const ITEM_CHAR = /[\u3400-\u9fff“”]/;
/** Joiners between members; 和/及/与 only before the last one. */
const SEPARATOR = "、";
const LAST_JOINERS = new Set(["和", "及", "与", "、"]);
/**
 * A member that names a thing of its own (投促机构, 商协会, 使领馆, 龙头企业) or is a verb (领导、管理…):
 * 「…使领馆、投促机构、商协会、境外园区」 lists four things, not four 园区. (Before 等 the shared name
 * is the whole name, and members are distributed whatever they are: 中小企业、…等科技专项.)
 */
const OWN_THING = /(?:机构|协会|商会|学会|联合会|会|馆|局|委|企业|公司|集团|院校|高校|大学|学院|医院|银行|部门|单位|组织|团队|人才|专家|资源|平台|中心)$|^(?:领导|管理|建设|发展|推进|统筹|协调|服务|规划|运营|开发|保护|利用)$/;
/** A member that is only a level (国家级, 省, 市级重点), whatever verb the first one runs on from. */
const LEVEL_ITEM = /(?:国家|国际|全国|省|自治区|市|区|县)(?:级)?(?:重点)?$/;

/**
 * The list items that end at `end` (exclusive), left to right, or [] when `end` is not preceded
 * by at least one `、`-joined item. `itemStart(e)` says where an item ending at `e` begins (the
 * finder's own stop words), `maxItem` bounds an item's length.
 */
export function itemsBefore(text: string, end: number, itemStart: (end: number) => number, maxItem = 8): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let e = end;
  for (;;) {
    let s = e;
    while (s > 0 && e - s < maxItem && ITEM_CHAR.test(text[s - 1]!)) s--;
    if (s === e) break;
    // The leftmost item begins after the last stop word; inner ones are whole runs between 、.
    const begins = text[s - 1] === SEPARATOR ? s : itemStart(e);
    if (begins >= e) break;
    // "钢铁、…、造纸等传统产业和重点工业园区": a list already summed up by 等 is not this name's.
    if (text.slice(begins, e).includes("等")) return [];
    items.unshift({ start: begins, end: e });
    if (begins !== s || text[s - 1] !== SEPARATOR) break;
    e = s - 1;
  }
  return items;
}

export interface ListOptions {
  /** Where an item ending at `end` begins: after the finder's last stop word. */
  itemStart: (end: number) => number;
  /** Longest item, in characters. */
  maxItem?: number;
  /** True for an item that is a complete name of the finder's label (it ends in a head). */
  complete?: (item: string) => boolean;
}

/**
 * The members of a distributive list around the name [nameStart, nameEnd) whose head begins at
 * `headStart`, or null when the name is not the tail of such a list.
 * @example distribute("加快推进渠口、临港等物流园区建设", 10, 12, 14, { itemStart })
 *          // [{name: "渠口物流园区", bare: "渠口"}, {name: "临港物流园区", bare: "临港"}]
 */
export function distribute(text: string, nameStart: number, headStart: number, nameEnd: number, opts: ListOptions): Member[] | null {
  const { itemStart, maxItem = 8, complete } = opts;
  const before = text[nameStart - 1];
  // Members that are whole names themselves (重点实验室和工程技术研究中心) share nothing.
  const whole = (items: { start: number; end: number }[]) => complete !== undefined && items.some((i) => complete(text.slice(i.start, i.end)));
  // 「国家级、省级企业技术中心」 grades one kind (guide §1.3: level lists do not split the node).
  const levels = (items: { start: number; end: number }[]) => items.every((i) => LEVEL_ITEM.test(text.slice(i.start, i.end)));
  const things = (items: { start: number; end: number }[]) => items.some((i) => OWN_THING.test(text.slice(i.start, i.end)));
  if (before === "等") {
    const items = itemsBefore(text, nameStart - 1, itemStart, maxItem);
    if (items.length < 2 || whole(items) || levels(items)) return null;
    const shared = text.slice(nameStart, nameEnd);
    return items.map((i) => member(text, i, shared));
  }
  if (before && LAST_JOINERS.has(before) && headStart > nameStart) {
    const items = itemsBefore(text, nameStart - 1, itemStart, maxItem);
    if (items.length === 0 || whole(items) || levels(items) || things(items)) return null;
    const shared = text.slice(headStart, nameEnd);
    const last = { start: nameStart, end: headStart };
    return [...items, last].map((i) => member(text, i, shared));
  }
  return null;
}

function member(text: string, span: { start: number; end: number }, shared: string): Member {
  const bare = text.slice(span.start, span.end);
  return { name: bare + shared, bare, start: span.start, end: span.end };
}

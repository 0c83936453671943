/**
 * The parts of a policy document every document has, which say nothing about whose wording
 * it borrowed: the transmittal notice (现将《…》印发给你们,请认真贯彻执行), the addressee and
 * 抄送 lines, the 印发 footer and the issuing date, the signature line, contact lines, and
 * the standard closing clauses (本办法自…起施行, 由…负责解释, 原《…》同时废止, 特此通知).
 * They are left out of text reuse (shingles.ts reads past them), so two documents are not
 * "similar" for sharing a footer.
 */

/** Whole lines that are furniture. */
const LINES: RegExp[] = [
  /^(?:抄送|抄报|主送|分送|发送)[:：]/,
  /^(?:联系人|联系电话|联系方式|电话|传真|邮箱|地址)[:：]/,
  /(?:办公室|办公厅|人民政府|委员会|管委会|局|厅)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|印)$/,
  /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/,
  /^[（(]?此件(?:公开发布|主动公开|依申请公开|不公开)[）)]?$/,
  /^(?:各|县|市|区).{0,60}(?:人民政府|各部门|各单位|直属各单位|有关单位)[:：]$/,
  /^(?:中共)?[\p{Script=Han}（）()]{2,40}(?:人民政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅)$/u,
];

/** Sentences that are furniture, wherever they stand. */
const CLAUSES: RegExp[] = [
  /现将.{0,80}印发给你们.{0,30}/,
  /(?:请|望)(?:结合实际)?认真(?:贯彻执行|贯彻落实|组织实施|遵照执行|抓好落实)/,
  /本(?:办法|意见|政策|细则|规定|通知|措施|方案|条例|实施意见|若干意见|若干政策|实施细则|实施办法)(?:自|从).{0,40}(?:起|之日)(?:施行|实施|执行|生效)/,
  /(?:由|归).{0,30}负责(?:解释|组织实施)|解释权归.{0,30}/,
  /原?《[^》]{2,80}》.{0,40}(?:同时|即行|予以)?(?:废止|停止执行)/,
  /特此通知/,
  /有效期(?:至|为).{0,30}/,
];

/**
 * Spans of `text` (UTF-16 offsets, end exclusive) that are boilerplate, in order.
 * @example boilerplateSpans("正文。\n抄送:市委办公室。") // [[4, 13]]
 */
export function boilerplateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed && LINES.some((re) => re.test(trimmed))) spans.push([lineStart, lineStart + line.length]);
    else {
      // Sentence by sentence within the line: a closing clause is often one sentence of a longer paragraph.
      const sentence = /[^。；;！!？?]+[。；;！!？?]?/g;
      for (let m = sentence.exec(line); m; m = sentence.exec(line)) {
        if (CLAUSES.some((re) => re.test(m![0]))) spans.push([lineStart + m.index, lineStart + m.index + m[0].length]);
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

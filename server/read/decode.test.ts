import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { canonicalEncoding, decodeText } from "./decode.js";
import { errorOf } from "./testkit.js";

const simplified = "关于加快科技创新的若干意见\n为深入实施创新驱动发展战略，现提出如下意见。";
const traditional = "關於加快科技創新的若干意見\n為深入實施創新驅動發展戰略，現提出如下意見。";


describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(Buffer.from(simplified), "a.txt")).toEqual({ text: simplified, encoding: "utf-8", warnings: [] });
  });

  it("reads UTF-8 with a BOM and strips the BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]);
    expect(decodeText(bytes, "a.txt").text).toBe(simplified);
  });

  it("reads UTF-16 little- and big-endian when a BOM says so", () => {
    expect(decodeText(iconv.encode(simplified, "utf-16le", { addBOM: true }), "a.txt")).toMatchObject({ text: simplified, encoding: "utf-16le" });
    expect(decodeText(iconv.encode(simplified, "utf-16be", { addBOM: true }), "a.txt")).toMatchObject({ text: simplified, encoding: "utf-16be" });
  });

  it("reads GBK as gb18030", () => {
    expect(decodeText(iconv.encode(simplified, "gbk"), "a.txt")).toMatchObject({ text: simplified, encoding: "gb18030" });
  });

  it("reads Big5 as big5", () => {
    expect(decodeText(iconv.encode(traditional, "big5"), "a.txt")).toMatchObject({ text: traditional, encoding: "big5" });
  });

  // chardet names Shift_JIS, KOI8-R or ISO-8859-8 for these; the common-character score does not.
  it.each(["科技创新券管理办法", "关于印发通知", "研发费用补助", "高新技术企业认定奖励"])("reads the short title %s right in GBK and in Big5", (title) => {
    expect(decodeText(iconv.encode(title, "gbk"), "a.txt").text).toBe(title);
    const big5Title = iconv.decode(iconv.encode(title, "big5"), "big5");
    expect(decodeText(iconv.encode(big5Title, "big5"), "a.txt").text).toBe(big5Title);
  });

  it("warns when there are few Chinese characters to judge the encoding by", () => {
    expect(decodeText(iconv.encode("关于印发通知", "gbk"), "a.txt").warnings).toEqual(["only 6 Chinese characters to judge the encoding by; decoded as gb18030"]);
  });

  it("honours a declared charset for bytes that are not UTF-8", () => {
    expect(decodeText(iconv.encode(simplified, "gbk"), "a.html", "gb2312")).toMatchObject({ text: simplified, encoding: "gb18030", warnings: [] });
  });

  it("trusts valid UTF-8 over a stale declaration, with a warning", () => {
    const decoded = decodeText(Buffer.from(simplified), "a.html", "gb2312");
    expect(decoded).toMatchObject({ text: simplified, encoding: "utf-8" });
    expect(decoded.warnings[0]).toContain("declares charset gb2312");
  });

  it("guesses, with a warning, when a page declares UTF-8 but its bytes are not", () => {
    const decoded = decodeText(iconv.encode(simplified, "gbk"), "a.html", "utf-8");
    expect(decoded).toMatchObject({ text: simplified, encoding: "gb18030" });
    expect(decoded.warnings[0]).toBe("page declares charset utf-8 but its bytes are not valid UTF-8; decoded as gb18030");
  });

  it("falls back to chardet's guess for text that is not Chinese in any table", () => {
    const latin = "Le décret relatif à la politique régionale d'innovation, adopté à l'unanimité, précise les critères d'éligibilité.";
    const decoded = decodeText(iconv.encode(latin, "latin1"), "a.txt");
    expect(decoded.text).toBe(latin);
    expect(decoded.warnings[0]).toContain("chardet");
  });

  it("warns about bytes that could not be decoded", () => {
    const bytes = Buffer.concat([iconv.encode(simplified, "gbk"), Buffer.from([0x81])]);
    expect(decodeText(bytes, "a.txt").warnings.at(-1)).toContain("could not be decoded");
  });

  it("calls bytes with NULs BINARY", () => {
    const error = errorOf(() => decodeText(Buffer.from([0x41, 0x00, 0x42, 0x43]), "a.txt"));
    expect(error.code).toBe("BINARY");
    expect(error.message).toContain("a.txt");
  });

  it("calls text that is mostly control characters BINARY", () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(errorOf(() => decodeText(bytes, "a.txt")).code).toBe("BINARY");
  });
  it("calls 60 KB of random bytes without NULs BINARY, though every Chinese table decodes them to Han characters", () => {
    let x = 12345;
    const bytes = Buffer.alloc(60 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = 0x80 + ((x >>> 0) % 128);
    }
    const error = errorOf(() => decodeText(bytes, "random.txt"));
    expect(error.code).toBe("BINARY");
    expect(error.message).toMatch(/only \d+% are in common use/);
  });

  it("refuses a UTF-8 text with a few bad bytes as ENCODING, naming where they are, instead of guessing another encoding", () => {
    const text = Array.from({ length: 20 }, (_, i) => `${i + 1}、${simplified}`).join("\n");
    const bytes = Buffer.from(text);
    const at = bytes.indexOf("\n10、") + 1;
    bytes[at] = 0xff;
    bytes[at + 40] = 0xfe;
    const error = errorOf(() => decodeText(bytes, "a.txt"));
    expect(error.code).toBe("ENCODING");
    expect(error.message).toContain(`the first at byte ${at} (line 19)`);
  });
});

describe("canonicalEncoding", () => {
  it.each([
    ["GB2312", "gb18030"],
    ["gbk", "gb18030"],
    ["GB18030", "gb18030"],
    ["Big5", "big5"],
    ["UTF8", "utf-8"],
    ["windows-1252", "windows-1252"],
  ])("maps %s to %s", (label, name) => {
    expect(canonicalEncoding(label)).toBe(name);
  });

});

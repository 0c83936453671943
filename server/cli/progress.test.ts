import { describe, expect, it } from "vitest";
import { printable } from "./progress.js";

describe("printable", () => {
  it("escapes the terminal escapes, line breaks and bidi overrides a file name may hold, and keeps Chinese", () => {
    expect(printable("failed: /data/\x1b[2J通知\r\n.txt")).toBe("failed: /data/\\u001b[2J通知\\u000d\\u000a.txt");
    expect(printable("a\u202Etxt.exe")).toBe("a\\u202etxt.exe");
  });
});

import { describe, expect, it } from "vitest";
import { chooseFormat } from "./format.js";
import { errorOf } from "./testkit.js";

const text = (s: string) => Buffer.from(s, "utf8");
const pdfBytes = text("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");
const docxBytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), text("....word/document.xml....")]);
const zipBytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), text("....data.csv....PK\x05\x06....")]);
const cutZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), text("....[Content_Types].xml....")]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);


describe("chooseFormat", () => {
  it.each([
    ["a.txt", "txt"],
    ["a.TEXT", "txt"],
    ["a.html", "html"],
    ["a.HTM", "html"],
  ] as const)("reads %s as %s", (file, format) => {
    expect(chooseFormat(file, text("关于…的通知"))).toEqual({ format });
  });

  it("accepts .pdf and .docx whose bytes say so", () => {
    expect(chooseFormat("a.pdf", pdfBytes)).toEqual({ format: "pdf" });
    expect(chooseFormat("a.docx", docxBytes)).toEqual({ format: "docx" });
  });

  it("refuses unknown extensions, naming the file and the supported list", () => {
    const error = errorOf(() => chooseFormat("scan.jpg", png));
    expect(error.code).toBe("UNSUPPORTED");
    expect(error.message).toContain("scan.jpg");
    expect(error.message).toContain(".txt .text .html .htm .docx .pdf");
  });

  it("reads a PDF, a .docx or a whole HTML page named .txt by what it is, with a warning", () => {
    expect(chooseFormat("a.txt", pdfBytes)).toEqual({ format: "pdf", warning: "named .txt but is a PDF; read as pdf" });
    expect(chooseFormat("a.txt", docxBytes).format).toBe("docx");
    expect(chooseFormat("a.txt", text("<!DOCTYPE html><html><body>通知</body></html>")).format).toBe("html");
  });

  it("calls images and plain zip archives BINARY", () => {
    expect(errorOf(() => chooseFormat("a.txt", png)).code).toBe("BINARY");
    expect(errorOf(() => chooseFormat("a.docx", zipBytes)).code).toBe("BINARY");
  });

  it("calls a zip cut off before its directory CORRUPT and says to fetch it again, not to unpack it", () => {
    const error = errorOf(() => chooseFormat("a.docx", cutZip));
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toContain("fetch the file again");
  });

  it("calls a legacy .doc renamed .docx UNSUPPORTED and says to save it as .docx", () => {
    const error = errorOf(() => chooseFormat("a.docx", ole2));
    expect(error.code).toBe("UNSUPPORTED");
    expect(error.message).toContain("save it as .docx");
  });

  it("calls an HTML error page saved as .pdf CORRUPT", () => {
    const error = errorOf(() => chooseFormat("a.pdf", text("<html><body>404 Not Found</body></html>")));
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toContain("<html>");
  });
});

/**
 * Which reader a file needs: its extension says what it claims to be, its first bytes what it
 * is. Crawled files are often misnamed (an attachment served as .txt that is a PDF, a legacy
 * .doc renamed .docx, an HTML error page saved as .pdf). A file whose bytes are plainly another
 * supported format is read as that format, with a warning, because that is what the user wanted;
 * one that is plainly something unreadable fails with a code saying so.
 */
import { extname } from "node:path";
import { ReadError, type SourceFormat } from "./types.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".html", ".htm", ".docx", ".pdf"] as const;

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf",
};

// Signatures of binary files people save next to policy texts (scans, archives, spreadsheets).
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export interface FormatChoice {
  format: SourceFormat;
  warning?: string;
}

/**
 * @example chooseFormat("a.txt", pdfBytes) // { format: "pdf", warning: "named .txt but is a PDF; read as pdf" }
 */
export function chooseFormat(file: string, bytes: Uint8Array): FormatChoice {
  const extension = extname(file).toLowerCase();
  const claimed = BY_EXTENSION[extension];
  if (!claimed) {
    throw new ReadError("UNSUPPORTED", file, `has extension "${extension || "(none)"}"; supported are ${SUPPORTED_EXTENSIONS.join(" ")}. Convert it to one of these (a legacy .doc or .wps: save as .docx)`);
  }
  const actual = sniff(bytes, file);
  if (actual === claimed) return { format: claimed };
  if ((claimed === "pdf" || claimed === "docx") && (actual === null || actual === "html")) throw notWhatItClaims(claimed, bytes, file);
  if (actual === null) return { format: claimed };
  return { format: actual, warning: `named ${extension} but is ${actual === "html" ? "an HTML page" : `a ${actual.toUpperCase()}`}; read as ${actual}` };
}

/** What the bytes are, when they say so; null for plain text. Throws for binaries we cannot read. */
function sniff(bytes: Uint8Array, file: string): SourceFormat | null {
  if (startsWith(bytes, OLE2)) {
    throw new ReadError("UNSUPPORTED", file, "is a legacy binary Office file (.doc/.xls/.wps); open it and save it as .docx");
  }
  if (startsWith(bytes, ZIP)) {
    if (containsAscii(bytes, "word/document.xml")) return "docx";
    // A whole zip ends with its directory; without one it was cut off, most often a .docx
    // download that stopped before its document part, which is no archive to unpack.
    if (!containsAscii(bytes, "PK\x05\x06")) {
      throw new ReadError("CORRUPT", file, "is a zip file cut short (its directory is missing), probably a truncated .docx download; fetch the file again");
    }
    throw new ReadError("BINARY", file, "is a zip archive, not a document; unpack it and read the files inside");
  }
  // The PDF header may follow a little junk; readers accept it within the first kilobyte.
  if (containsAscii(bytes.subarray(0, 1024), "%PDF-")) return "pdf";
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (binary) throw new ReadError("BINARY", file, `is ${binary.name}, not text; if it is a scan, OCR it and save the text as .txt`);
  return looksLikeHtml(bytes) ? "html" : null;
}

function notWhatItClaims(format: "pdf" | "docx", bytes: Uint8Array, file: string): ReadError {
  const start = Buffer.from(bytes.subarray(0, 40)).toString("latin1").replace(/\s+/g, " ").trim();
  const seen = start ? `it starts with "${start.slice(0, 20)}"` : "it is empty";
  return new ReadError("CORRUPT", file, `is named .${format} but is not a ${format.toUpperCase()} (${seen}); the download may have saved an error page — fetch the file again`);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

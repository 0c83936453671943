/**
 * .docx → plain text, one paragraph per line (mammoth's raw text; tables become one cell per
 * paragraph). Formatting is dropped: extraction only needs the words and the line structure.
 */
import mammoth from "mammoth";
import { ReadError } from "./types.js";

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError("CORRUPT", file, `is not a readable .docx (${reason}); open it in Word or LibreOffice and save it again as .docx`);
  }
}

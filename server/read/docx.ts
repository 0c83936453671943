/**
 * .docx → plain text, one paragraph per line (mammoth's raw text; tables become one cell per
 * paragraph). Formatting is dropped: extraction only needs the words and the line structure.
 *
 * A .docx is a zip, and a zip can inflate a thousandfold (#20: 1.5 MB inflating to 400 MB of
 * XML exhausted the heap). So before mammoth reads it, the zip's entry count and declared sizes
 * are checked, then every entry is inflated as a stream that stops at the cap, since a declared
 * size is only what the file says.
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import { ReadError } from "./types.js";

/** A Word document has some 10-100 entries; thousands are a zip made to exhaust something. */
export const MAX_DOCX_ENTRIES = 2_000;
/** Inflated bytes of all entries together: far above a long policy document with its images. */
export const MAX_DOCX_INFLATED_BYTES = 100 * 1024 * 1024;

export async function docxToText(bytes: Uint8Array, file: string, maxInflated = MAX_DOCX_INFLATED_BYTES): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(error, file);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_DOCX_ENTRIES) {
    throw new ReadError("TOO_LARGE", file, `is a zip of ${entries.length.toLocaleString("en")} entries, over the ${MAX_DOCX_ENTRIES.toLocaleString("en")} a .docx may have; open it in Word or LibreOffice and save it again as .docx`);
  }
  // jszip keeps the central directory's sizes on each entry, unexposed in its types.
  const declared = entries.reduce((sum, f) => sum + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (declared > maxInflated) throw tooLarge(file, `declares ${formatMb(declared)} uncompressed`, maxInflated);
  let inflated = 0;
  for (const entry of entries) {
    inflated = await countInflated(entry, inflated, maxInflated).catch((error: unknown) => {
      throw error instanceof ReadError ? error : corrupt(error, file);
    });
    if (inflated > maxInflated) throw tooLarge(file, `inflates to more than ${formatMb(maxInflated)} (its zip declares ${formatMb(declared)})`, maxInflated);
  }
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    throw corrupt(error, file);
  }
}

/** jszip's chunked inflater (JSZipObject#internalStream, documented but absent from its types). */
interface InflateStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", listener: (error: Error) => void): InflateStream;
  on(event: "end", listener: () => void): InflateStream;
  pause(): void;
  resume(): void;
}

/** Inflates one entry chunk by chunk, adding its size to `sum`, and stops once the sum passes `max`. */
function countInflated(entry: JSZip.JSZipObject, sum: number, max: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = (entry as unknown as { internalStream(type: "uint8array"): InflateStream }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        sum += chunk.length;
        if (sum > max) {
          // A paused stream inflates no further; nothing refers to it once this promise settles.
          stream.pause();
          resolve(sum);
        }
      })
      .on("error", reject)
      .on("end", () => resolve(sum));
    stream.resume();
  });
}

function tooLarge(file: string, what: string, max: number): ReadError {
  return new ReadError("TOO_LARGE", file, `${what}, over the ${formatMb(max)} a .docx may inflate to; a zip that inflates this far is not an ordinary Word document (save it again as .docx, or split it)`);
}

function corrupt(error: unknown, file: string): ReadError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ReadError("CORRUPT", file, `is not a readable .docx (${reason}); open it in Word or LibreOffice and save it again as .docx`);
}

function formatMb(n: number): string {
  return `${+(n / 1024 / 1024).toFixed(1)} MB`;
}

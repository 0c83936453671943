/**
 * A nesting limit for JSON request bodies, checked on the raw bytes before JSON.parse: V8
 * parses 100,000 nested brackets, but whatever walks the value afterwards (zod, the driver's
 * packer, JSON.stringify) recurses and overflows the stack, which would be a 500.
 */
import { HttpError } from "./errors.js";

/** Deeper than any request body of this API needs (Cypher parameters included). */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and arrays in `json`, strings skipped. @example jsonDepth(Buffer.from('{"a":[1]}')) → 2 */
export function jsonDepth(json: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return deepest;
}

/** express.json's `verify`: refuses a body nested deeper than MAX_JSON_DEPTH with 400 TOO_DEEP. */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  const depth = jsonDepth(body);
  if (depth > MAX_JSON_DEPTH) {
    throw new HttpError(400, "TOO_DEEP", `the request body nests objects and arrays ${depth} levels deep; at most ${MAX_JSON_DEPTH} are accepted`);
  }
}

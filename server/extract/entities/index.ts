/** Entities and their relations. (Stub until issue #3 fills it.) */
import { emptyPart, type DocContext, type ExtractionPart } from "../context.js";

export function extractEntities(_ctx: DocContext): ExtractionPart {
  return emptyPart();
}

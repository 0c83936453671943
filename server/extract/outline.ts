/** The outline (一、/(一)/1.) as Measures, with LED_BY / ASSIGNED_TO. (Stub until issue #3 fills it.) */
import { emptyPart, type DocContext, type ExtractionPart } from "./context.js";

export function extractOutline(_ctx: DocContext): ExtractionPart {
  return emptyPart();
}

/**
 * Whitespace housekeeping shared by every format, so that offsets and line-based rules see
 * one convention: \n line breaks, no trailing blanks, at most one empty line in a row.
 */

/** \r\n and lone \r become \n; spaces (including full-width and no-break) at line ends are dropped. */
export function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t\f\v\u00a0\u3000]+$/gm, "");
}

/** Two or more empty lines become one; leading and trailing empty lines go. */
export function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
}

/** Why a bulk import did not happen; the graph is then as it was before it. */
export class BulkImportError extends Error {
  override name = "BulkImportError";
}

/**
 * What the explorer says when a request fails: the store being down or the server gone get a
 * sentence in the UI language (not the driver's English naming a port); any other API error
 * keeps the server's message, which says what to fix.
 */
import { ApiError } from "./api.js";
import { t } from "./i18n.js";

/** The API's codes for "Neo4j is down, retry soon" (STORE_UNAVAILABLE; the older NEO4J_UNAVAILABLE). */
const STORE_DOWN = new Set(["STORE_UNAVAILABLE", "NEO4J_UNAVAILABLE"]);

/** True when the error means the graph database is away for now, so retrying later may work. */
export function isStoreDown(err: unknown): boolean {
  return err instanceof ApiError && (STORE_DOWN.has(err.code) || err.status === 503);
}

/**
 * The text to show for a failed request.
 * @example errorText(new ApiError(503, "STORE_UNAVAILABLE", "…")) → "图数据库暂时不可用(正在重新启动),稍后会自动重试"
 */
export function errorText(err: unknown): string {
  if (isStoreDown(err)) return t("storeUnavailable");
  if (err instanceof ApiError && err.code === "NETWORK") return t("apiUnreachable");
  return `${t("error")}: ${err instanceof ApiError ? `${err.code}: ${err.message}` : (err as Error).message}`;
}

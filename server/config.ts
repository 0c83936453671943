/**
 * Settings from the environment, validated once at start-up. Defaults make `npm start`
 * work on a fresh machine: an embedded Neo4j under .neo4j/, the explorer on port 8787.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const port = z.coerce.number().int().min(0).max(65535);

const Env = z.object({
  PORT: port.default(8787),
  HOST: z.string().default("127.0.0.1"),
  /** Host names served besides loopback and HOST, comma-separated (a LAN name, a reverse proxy's). */
  ALLOWED_HOSTS: z.string().default(""),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "expected bolt://, neo4j://, neo4j+s:// … followed by a host")
    .optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7688),
  NEO4J_HOME: z.string().default(path.join(PROJECT_ROOT, ".neo4j", "db")),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, "expected a JVM size such as 512m or 1g").default("1g"),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(256),
  SEEDS_DIR: z.string().default(path.join(PROJECT_ROOT, "seeds")),
  /**
   * First loads of at least this many documents into an empty embedded Neo4j go through
   * neo4j-admin's offline importer (server/ingest/loaders.ts); "off" never. Unset: its default.
   */
  BULK_IMPORT_MIN_DOCUMENTS: z
    .union([z.literal("off"), z.coerce.number().int().min(1)], { error: 'expected a number of documents (1 or more) or "off"' })
    .optional(),
  /** Where extractions are kept between ingests (server/extract/cache.ts); "off": not kept. */
  EXTRACTION_CACHE_DIR: z.string().default(path.join(PROJECT_ROOT, ".cache", "extractions")),
  /** How long the API may serve a kept answer (server/api/cache.ts); 0 turns the cache off. */
  API_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(10),
  // Unset: a new random token each start, printed with the URL.
  REVIEW_TOKEN: z.string().min(16, "expected at least 16 characters, e.g. the output of openssl rand -hex 16").optional(),
});

export type Config = ReturnType<typeof loadConfig>;

/** Reads and validates the environment; throws one message naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    http: { port: e.PORT, host: e.HOST, allowedHosts: [e.HOST, ...e.ALLOWED_HOSTS.split(",")].filter(Boolean), cacheSeconds: e.API_CACHE_SECONDS },
    review: { token: e.REVIEW_TOKEN ?? randomBytes(16).toString("hex"), fromEnv: e.REVIEW_TOKEN !== undefined },
    neo4j: e.NEO4J_URI
      ? { kind: "remote" as const, uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : {
          kind: "embedded" as const,
          boltPort: e.NEO4J_BOLT_PORT,
          home: path.resolve(e.NEO4J_HOME),
          heap: e.NEO4J_HEAP,
          pageCacheMb: e.NEO4J_PAGECACHE_MB,
          database: "neo4j",
        },
    ingest: {
      bulkMinDocuments: e.BULK_IMPORT_MIN_DOCUMENTS === "off" ? Infinity : e.BULK_IMPORT_MIN_DOCUMENTS,
      cacheDir: e.EXTRACTION_CACHE_DIR === "off" ? undefined : path.resolve(e.EXTRACTION_CACHE_DIR),
    },
    seedsDir: path.resolve(e.SEEDS_DIR),
  };
}

/**
 * The API in a child process for the benchmarks, so that the load generator and the server do
 * not share an event loop, and so that the server's own memory can be read: the parent asks
 * with `memory()` and the child answers with its process.memoryUsage().
 *
 * `cacheSeconds` is the answer cache's time limit (server/api/cache.ts); 0 runs without it, to
 * measure what a request costs when it has to reach Neo4j.
 *
 * @example const api = await startApiProcess(embedded); … await api.memory(); api.child.kill();
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { apiServer, createApp } from "../../server/api/app.js";
import type { CacheStats } from "../../server/api/cache.js";
import { Health } from "../../server/schema/api.js";
import { connectStore } from "../../server/store/connect.js";
import neo4j from "neo4j-driver";

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  /** The server's memory now; after a full garbage collection when `collect` is set. */
  memory(collect?: boolean): Promise<NodeJS.MemoryUsage>;
  /** The answer cache's hits and misses so far, as /api/health reports them. */
  cache(): Promise<CacheStats>;
}

/** `neo` is the Neo4j to serve; the password goes to the child in its environment, not on its command line. */
export function startApiProcess(neo: { uri: string; user: string; password: string }, cacheSeconds = 10): Promise<ApiProcess> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", neo.uri, neo.user, String(cacheSeconds)], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: "inherit",
    env: { ...process.env, BENCH_API_NEO4J_PASSWORD: neo.password },
  });
  const ask = <T>(question: Question): Promise<T> =>
    new Promise<T>((resolve) => {
      child.once("message", (m: { answer: T }) => resolve(m.answer));
      child.send(question);
    });
  const memory = (collect = false) => ask<NodeJS.MemoryUsage>(collect ? "memory after gc" : "memory");
  return new Promise((resolve, reject) => {
    child.once("message", (m: { port: number }) => {
      const cache = async () => Health.parse(await (await fetch(`http://127.0.0.1:${m.port}/api/health`)).json()).cache;
      resolve({ child, port: m.port, memory, cache });
    });
    child.once("exit", (code) => reject(new Error(`the API process exited with ${code}`)));
  });
}

type Question = "memory" | "memory after gc";

async function serve(uri: string, user: string, cacheSeconds: number): Promise<void> {
  const store = await connectStore(uri, "neo4j", neo4j.auth.basic(user, process.env.BENCH_API_NEO4J_PASSWORD ?? ""), null);
  const app = createApp(store, { cache: { ttlMs: cacheSeconds * 1000 } });
  const server = apiServer(app).listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as { port: number }).port });
  });
  process.on("message", (question: Question) => {
    if (question === "memory after gc") globalThis.gc?.();
    process.send?.({ answer: process.memoryUsage() });
  });
  process.on("disconnect", () => process.exit(0));
}

if (process.argv[2] === "--serve") {
  serve(process.argv[3]!, process.argv[4]!, Number(process.argv[5])).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

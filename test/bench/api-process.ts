/**
 * The API in a child process for the benchmarks, so that the load generator and the server do
 * not share an event loop, and so that the server's own memory can be read: the parent asks
 * with `memory()` and the child answers with its process.memoryUsage().
 *
 * @example const api = await startApiProcess(embedded.uri); … await api.memory(); api.child.kill();
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createApp } from "../../server/api/app.js";
import { connectStore } from "../../server/store/connect.js";

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  /** The server's memory now; after a full garbage collection when `collect` is set. */
  memory(collect?: boolean): Promise<NodeJS.MemoryUsage>;
}

export function startApiProcess(uri: string): Promise<ApiProcess> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", uri], { execArgv: ["--import", "tsx", "--expose-gc"], stdio: "inherit" });
  const memory = (collect = false) =>
    new Promise<NodeJS.MemoryUsage>((resolve) => {
      child.once("message", (m: { memory: NodeJS.MemoryUsage }) => resolve(m.memory));
      child.send({ memory: collect ? "collect" : "now" });
    });
  return new Promise((resolve, reject) => {
    child.once("message", (m: { port: number }) => resolve({ child, port: m.port, memory }));
    child.once("exit", (code) => reject(new Error(`the API process exited with ${code}`)));
  });
}

async function serve(uri: string): Promise<void> {
  const store = await connectStore(uri, "neo4j", undefined, null);
  const server = createApp(store).listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as { port: number }).port });
  });
  process.on("message", (m: { memory?: "now" | "collect" }) => {
    if (m.memory === "collect") globalThis.gc?.();
    process.send?.({ memory: process.memoryUsage() });
  });
  process.on("disconnect", () => process.exit(0));
}

if (process.argv[2] === "--serve") {
  serve(process.argv[3]!).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

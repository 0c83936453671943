/**
 * The start command as a user runs it: one process that starts its own Neo4j, answers
 * /api/health, refuses to start twice on the same port, and leaves no JVM behind on SIGTERM.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../setup/neo4j.js";

const home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-lifecycle-"));
const seeds = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-lifecycle-seeds-"));
fs.copyFileSync("seeds/004_ccb917d9b44b3e03.txt", path.join(seeds, "yinchuan.txt"));

/** The server under test must start its own Neo4j even when the test run uses a remote one. */
function withoutRemoteNeo4j(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, ...rest } = env;
  return rest;
}

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env: withoutRemoteNeo4j({ ...process.env, ...env }), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /open (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  ready.catch(() => {});
  return { child, output: () => out, ready };
}

const jvmsFor = (dir: string) => {
  try {
    return execFileSync("pgrep", ["-f", `EmbeddedNeo4j ${dir}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(seeds, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves /api/health from its own embedded Neo4j, refuses a second instance on the same port, and leaves no JVM after SIGTERM", async () => {
    const env = { PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HOME: home, SEEDS_DIR: seeds };
    const first = startServer(env);
    const url = await first.ready;
    const health = await (await fetch(`${url}api/health`)).json();
    expect(health.neo4j).toMatchObject({ embedded: true, version: expect.stringMatching(/^5\.26/) });
    expect(health.counts.documents).toBe(1);
    expect(jvmsFor(home)).not.toBe("");

    const second = startServer(env);
    await expect(second.ready).rejects.toThrow(/port \d+ \(the explorer's HTTP port\) is already in use.*set PORT/);

    const exited = new Promise((resolve) => first.child.once("exit", resolve));
    first.child.kill("SIGTERM");
    await exited;
    expect(jvmsFor(home)).toBe("");
  });
});

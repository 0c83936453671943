/**
 * Starts Neo4j Community in a child JVM (server/store/embedded/EmbeddedNeo4j.java) with its
 * Bolt connector on a loopback port, and stops it cleanly. The rest of the server only ever
 * sees a bolt:// URI, exactly as with a Neo4j server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j, { type AuthToken } from "neo4j-driver";
import { PROJECT_ROOT } from "../config.js";

export interface EmbeddedOptions {
  home: string;
  boltPort: number;
  heap: string;
  pageCacheMb: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  /** The login Bolt requires (user neo4j, the password in `passwordFile`). */
  auth: AuthToken;
  user: string;
  password: string;
  /** Where the password is kept, owner-only, beside the data. */
  passwordFile: string;
  pid: number;
  /** What it was started with, to start it again the same way. */
  options: EmbeddedOptions;
  /**
   * Shuts the DBMS down (it checkpoints) but keeps its JVM, so that its files can be worked on:
   * starting again in the warm JVM takes 0.5 s where a new JVM takes 7.
   */
  pause(): Promise<void>;
  /** Starts the DBMS again after pause(), on what its data folder holds now. */
  resume(): Promise<void>;
  /** Closes the JVM's stdin and waits for it to checkpoint and exit. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits, whether through stop() or not (a crash, a kill -9, the OOM killer). */
  exited: Promise<JvmExit>;
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class EmbeddedStartError extends Error {
  override name = "EmbeddedStartError";
}

const NEO4J_DIR = path.join(PROJECT_ROOT, ".neo4j");
/** Neo4j's jars, resolved by server/setup/bootstrap.mjs: the embedded DBMS and neo4j-admin's tools. */
export const NEO4J_LIB = path.join(NEO4J_DIR, "lib");
/** The launcher and the bulk importer (./embedded/*.java), compiled by the same step. */
export const NEO4J_CLASSES = path.join(NEO4J_DIR, "classes");
const READY = /^NEO4J_READY (\S+)/m;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/** Resolves when nothing listens on 127.0.0.1:port, rejects with a message saying what to do. */
export function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedStartError(
          err.code === "EADDRINUSE"
            ? `port ${port} (${what}) is already in use, probably by another running instance; stop it or set ${envVar} to a free port`
            : `cannot listen on port ${port} (${what}): ${err.message}`,
        ),
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  if (!fs.existsSync(path.join(NEO4J_CLASSES, "EmbeddedNeo4j.class"))) {
    throw new EmbeddedStartError("the embedded Neo4j is not installed; run `node server/setup/bootstrap.mjs` (npm start and npm test do it for you)");
  }
  await assertPortFree(opts.boltPort, "embedded Neo4j Bolt", "NEO4J_BOLT_PORT");
  fs.mkdirSync(opts.home, { recursive: true });
  const passwordFile = boltPasswordFile(opts.home);
  const password = ensureBoltPassword(passwordFile);

  const child = spawn(
    "java",
    [
      `-Xmx${opts.heap}`,
      // Cypher's parser recurses once per nesting level: with the default 1 MB stack, 350 nested
      // brackets overflowed it and Neo4j never answered. 16 MB holds any query the console admits.
      "-Xss16m",
      "-XX:+UseG1GC",
      "-cp",
      `${NEO4J_CLASSES}${path.delimiter}${path.join(NEO4J_LIB, "*")}`,
      "EmbeddedNeo4j",
      opts.home,
      String(opts.boltPort),
      String(opts.pageCacheMb),
      passwordFile,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const version = await waitForReady(child, opts);
  const exited = new Promise<JvmExit>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const ask = commands(child);
  return {
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    version,
    auth: neo4j.auth.basic(EMBEDDED_USER, password),
    user: EMBEDDED_USER,
    password,
    passwordFile,
    pid: child.pid!,
    options: opts,
    async pause() {
      await ask("stop", STOP_TIMEOUT_MS);
    },
    async resume() {
      const answer = await ask("start", START_TIMEOUT_MS);
      if (!answer.startsWith("NEO4J_READY")) {
        throw new EmbeddedStartError(`the embedded Neo4j did not start again on ${opts.home}: ${answer.replace(/^NEO4J_START_FAILED /, "")}`);
      }
    },
    stop: () => stopChild(child),
    exited,
  };
}

const EMBEDDED_USER = "neo4j";

/** The file that holds the embedded Neo4j's Bolt password: in its data folder, beside the store. */
export const boltPasswordFile = (home: string) => path.join(home, "bolt-password");

/**
 * The Bolt password kept in `file`, made on first use: 32 random bytes, written owner-only
 * (0600), so that only this user's processes can log in. A file others can read is tightened.
 */
export function ensureBoltPassword(file: string): string {
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, "utf8").trim();
  if (password.length < 16) {
    throw new EmbeddedStartError(`${file} holds no usable Bolt password (fewer than 16 characters); delete it and a new one is made on the next start`);
  }
  return password;
}

/**
 * The launcher's stdin commands (EmbeddedNeo4j.java): one at a time, each answered by one
 * line starting with NEO4J_.
 */
function commands(child: ChildProcess): (command: string, timeoutMs: number) => Promise<string> {
  let waiting: { resolve: (line: string) => void; reject: (err: Error) => void } | null = null;
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) if (line.startsWith("NEO4J_")) waiting?.resolve(line.trim());
  });
  child.once("exit", (code, signal) => waiting?.reject(new EmbeddedStartError(`the embedded Neo4j exited (${signal ?? `code ${code}`}) while it was being stopped or started`)));
  let queue: Promise<unknown> = Promise.resolve();
  return (command, timeoutMs) => {
    const answered = queue.then(
      () =>
        new Promise<string>((resolve, reject) => {
          const done = () => {
            clearTimeout(timer);
            waiting = null;
          };
          waiting = {
            resolve: (line) => (done(), resolve(line)),
            reject: (err) => (done(), reject(err)),
          };
          const timer = setTimeout(() => waiting?.reject(new EmbeddedStartError(`the embedded Neo4j did not answer "${command}" within ${timeoutMs / 1000}s`)), timeoutMs);
          child.stdin!.write(`${command}\n`);
        }),
    );
    queue = answered.catch(() => undefined);
    return answered;
  };
}

function waitForReady(child: ChildProcess, opts: EmbeddedOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new EmbeddedStartError(`the embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000}s; its last output: ${tail(err || out)}`));
    }, START_TIMEOUT_MS);
    const onOutput = (chunk: Buffer) => {
      out += chunk.toString();
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off("data", onOutput);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onOutput);
    child.stderr!.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-8000);
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(`could not run java: ${e.message}; install openjdk-17-jdk-headless or set NEO4J_URI`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(explainEarlyExit(code, err + out, opts)));
    });
  });
}

function explainEarlyExit(code: number | null, output: string, opts: EmbeddedOptions): string {
  if (/StoreLockException|locked by another process|FileLockException/i.test(output)) {
    return `the data folder ${opts.home} is in use by another Neo4j (another instance, or one still shutting down); stop it or set NEO4J_HOME to another folder`;
  }
  if (/Address already in use|BindException/i.test(output)) {
    return `port ${opts.boltPort} (embedded Neo4j Bolt) is already in use; stop whatever uses it or set NEO4J_BOLT_PORT`;
  }
  return `the embedded Neo4j exited with code ${code} before it was ready: ${tail(output)}`;
}

const tail = (s: string) => s.trim().split("\n").slice(-5).join(" | ");

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    // End of stdin makes the launcher exit through Neo4j's own shutdown (a checkpoint).
    child.stdin!.end();
  });
}

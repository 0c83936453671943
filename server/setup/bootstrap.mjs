#!/usr/bin/env node
/**
 * The install step behind `npm start`, `npm test` and `npm run ingest`: brings a fresh clone
 * to a runnable state and does nothing when it already is. Plain Node, no dependencies,
 * because it runs before node_modules exists.
 *
 * - npm packages: `npm install` (the locked versions; see .ci/run for why not `npm ci`) when
 *   node_modules is missing or older than package-lock.json.
 * - Embedded Neo4j (only when NEO4J_URI is unset): Neo4j Community + Bolt jars from Maven
 *   Central into .neo4j/lib (pom at server/store/embedded/pom.xml), and the launcher class
 *   and the bulk importer (server/store/embedded/*.java) compiled with javac into .neo4j/classes.
 *   Stamps record what was built from which sources.
 * - With --client: builds the explorer with vite when its sources are newer than dist/client.
 * - With --test: Gephi's toolkit (org.gephi:gephi-toolkit:0.10.1, classifier all, 83 MB) from
 *   Maven Central into .gephi/lib, and test/support/gephi/GephiImport.java compiled against it,
 *   for the test that opens the GraphML and GEXF exports with Gephi's own importer.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const embeddedSrc = path.join(root, "server/store/embedded");
const neo4jDir = path.join(root, ".neo4j");

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(1);
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.error) fail(`${what} failed: ${r.error.message}`);
  if (r.status !== 0) fail(`${what} failed (exit ${r.status}); see the output above`);
}

function hashFiles(files) {
  const h = createHash("sha256");
  for (const f of files) h.update(fs.readFileSync(f));
  return h.digest("hex");
}

function stampMatches(file, value) {
  return fs.existsSync(file) && fs.readFileSync(file, "utf8") === value;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureNodeModules() {
  const installed = path.join(root, "node_modules/.package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log("setup: installing npm packages…");
  run("npm", ["install", "--no-audit", "--no-fund"], "npm install");
}

function which(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

function ensureEmbeddedNeo4j() {
  if (process.env.NEO4J_URI) return;
  if (!which("java") || !which("javac")) {
    fail("NEO4J_URI is unset and no JDK 17+ (java and javac) was found on PATH; install openjdk-17-jdk-headless, or set NEO4J_URI to use a Neo4j server");
  }
  const version = spawnSync("java", ["-version"], { encoding: "utf8" }).stderr;
  const major = Number(/version "(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) fail(`Neo4j 5.26 needs Java 17 or newer, found: ${version.split("\n")[0]}; install openjdk-17-jdk-headless or set NEO4J_URI`);

  const pom = path.join(embeddedSrc, "pom.xml");
  const lib = path.join(neo4jDir, "lib");
  const pomHash = hashFiles([pom]);
  if (!stampMatches(path.join(neo4jDir, "lib.stamp"), pomHash)) {
    if (!which("mvn")) fail("the embedded Neo4j's jars come from Maven Central via Maven; install maven (apt-get install -y maven), or set NEO4J_URI");
    console.log("setup: resolving Neo4j Community 5.26 and its Bolt connector from Maven Central (first run only, ~1-2 min)…");
    fs.rmSync(lib, { recursive: true, force: true });
    run("mvn", ["-q", "-B", "-f", pom, "dependency:copy-dependencies", `-DoutputDirectory=${lib}`], "resolving the Neo4j jars with Maven");
    fs.writeFileSync(path.join(neo4jDir, "lib.stamp"), pomHash);
  }

  const sources = ["EmbeddedNeo4j.java", "WarmImporter.java"].map((file) => path.join(embeddedSrc, file));
  const classes = path.join(neo4jDir, "classes");
  const srcHash = hashFiles([...sources, pom]);
  if (!stampMatches(path.join(neo4jDir, "classes.stamp"), srcHash)) {
    fs.rmSync(classes, { recursive: true, force: true });
    execFileSync("javac", ["-nowarn", "-d", classes, "-cp", `${lib}/*`, ...sources], { stdio: "inherit" });
    fs.writeFileSync(path.join(neo4jDir, "classes.stamp"), srcHash);
  }
}

function ensureClientBuild() {
  const built = path.join(root, "dist/client/index.html");
  // The client imports server/schema and server/render/shapes.ts besides its own folder.
  const sources = Math.max(...["client", "server/schema", "server/render"].map((dir) => newestMtime(path.join(root, dir))), fs.statSync(path.join(root, "vite.config.ts")).mtimeMs);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  console.log("setup: building the explorer (vite build)…");
  run("npx", ["vite", "build", "--logLevel", "warn"], "building the explorer");
}

const GEPHI_TOOLKIT = "org.gephi:gephi-toolkit:0.10.1:jar:all";

function ensureGephi() {
  const gephiDir = path.join(root, ".gephi");
  const lib = path.join(gephiDir, "lib");
  if (!stampMatches(path.join(gephiDir, "lib.stamp"), GEPHI_TOOLKIT)) {
    if (!which("mvn")) fail("the Gephi import test needs Gephi's toolkit from Maven Central via Maven; install maven (apt-get install -y maven)");
    console.log("setup: fetching Gephi's toolkit 0.10.1 from Maven Central for the export tests (first run only, 83 MB)…");
    fs.rmSync(lib, { recursive: true, force: true });
    run("mvn", ["-q", "-B", "dependency:copy", `-Dartifact=${GEPHI_TOOLKIT}`, "-Dtransitive=false", `-DoutputDirectory=${lib}`], "fetching Gephi's toolkit with Maven");
    fs.writeFileSync(path.join(gephiDir, "lib.stamp"), GEPHI_TOOLKIT);
  }
  const source = path.join(root, "test/support/gephi/GephiImport.java");
  const classes = path.join(gephiDir, "classes");
  const srcHash = hashFiles([source]) + GEPHI_TOOLKIT;
  if (!stampMatches(path.join(gephiDir, "classes.stamp"), srcHash)) {
    fs.rmSync(classes, { recursive: true, force: true });
    execFileSync("javac", ["-nowarn", "-d", classes, "-cp", `${lib}/*`, source], { stdio: "inherit" });
    fs.writeFileSync(path.join(gephiDir, "classes.stamp"), srcHash);
  }
}

ensureNodeModules();
ensureEmbeddedNeo4j();
if (process.argv.includes("--client")) ensureClientBuild();
if (process.argv.includes("--test")) ensureGephi();

/**
 * vitest globalSetup for the integration and browser projects: a real Neo4j for the run.
 * Without NEO4J_URI, an embedded Neo4j in a fresh temporary folder on a free port (so the
 * developer's own graph in .neo4j/ is never touched); with NEO4J_URI, that server, which
 * the tests wipe, so they refuse unless NEO4J_TEST_WIPE=yes says that is intended.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/store/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** passwordFile: where the embedded Neo4j keeps its Bolt password (embedded only). */
    neo4j: { uri: string; database: string; user: string; password: string; embedded: boolean; passwordFile?: string };
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

let embedded: EmbeddedNeo4j | null = null;
let home: string | null = null;

export async function setup(project: TestProject) {
  const { NEO4J_URI, NEO4J_DATABASE = "neo4j", NEO4J_USER = "neo4j", NEO4J_PASSWORD = "", NEO4J_TEST_WIPE } = process.env;
  if (NEO4J_URI) {
    if (NEO4J_TEST_WIPE !== "yes") {
      throw new Error(`the integration tests delete everything in ${NEO4J_URI} (database ${NEO4J_DATABASE}); set NEO4J_TEST_WIPE=yes to allow it, or unset NEO4J_URI to test on an embedded Neo4j`);
    }
    project.provide("neo4j", { uri: NEO4J_URI, database: NEO4J_DATABASE, user: NEO4J_USER, password: NEO4J_PASSWORD, embedded: false });
    return;
  }
  home = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-test-neo4j-"));
  embedded = await startEmbeddedNeo4j({ home, boltPort: await freePort(), heap: "1g", pageCacheMb: 128 });
  project.provide("neo4j", { uri: embedded.uri, database: "neo4j", user: embedded.user, password: embedded.password, embedded: true, passwordFile: embedded.passwordFile });
}

export async function teardown() {
  await embedded?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
}

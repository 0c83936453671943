/** The explorer built into dist/client with vite, unless it is newer than its sources. */
import fs from "node:fs";
import path from "node:path";
import { build } from "vite";
import { PROJECT_ROOT } from "../../server/config.js";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/client unless it is newer than every file under client/, server/schema/ and server/render/ (the client draws shapes with its shapes.ts). */
export async function buildClientIfStale() {
  const index = path.join(PROJECT_ROOT, "dist/client/index.html");
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(...["client", "server/schema", "server/render"].map((dir) => newestMtime(path.join(PROJECT_ROOT, dir))));
  if (built > sources) return;
  await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
}

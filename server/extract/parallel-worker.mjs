// The worker thread's entry: Node 20 applies no loader hooks (tsx) to a worker's own entry
// file, so this plain-JavaScript file loads the TypeScript worker through tsx's API.
import { tsImport } from "tsx/esm/api";

await tsImport("./parallel-worker.ts", import.meta.url);

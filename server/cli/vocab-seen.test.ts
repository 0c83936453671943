import path from "node:path";
import { expect, it } from "vitest";
import { PROJECT_ROOT } from "../config.js";
import { instruments } from "../extract/entities/vocab.js";
import { withSeen } from "./vocab-seen.js";

it("instruments.json records where each literal form occurs in seeds/ (npm run vocab:seen rewrites it)", async () => {
  const fresh = await withSeen(path.join(PROJECT_ROOT, "seeds"));
  expect(fresh.map((e) => [e.canonical, e.seen])).toEqual(instruments.map((e) => [e.canonical, e.seen]));
});

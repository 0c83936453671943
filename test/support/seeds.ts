/** The five demo seeds at the top of seeds/ (seeds/corpus/ holds the 85-document research corpus). */
import fs from "node:fs";
import path from "node:path";

export const FIVE_SEEDS = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join("seeds", f));

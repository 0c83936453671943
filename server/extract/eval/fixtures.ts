/**
 * Evaluation fixtures (test/fixtures/extract/*.json): a passage and what a careful annotator
 * marks in it. `scope` says which labels and relation types the annotation is exhaustive for;
 * only those are scored, so entity fixtures do not penalise metadata output and vice versa.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { NodeLabel, RelType } from "../../schema/graph.js";

const Endpoint = z.object({ label: z.union([NodeLabel, z.literal("Document")]), name: z.string().optional() });

export const Fixture = z.object({
  name: z.string().min(1),
  /** Where the passage comes from: a seed or corpus file, or "written in the genre's style". */
  source: z.string().min(1),
  text: z.string().min(1),
  scope: z.object({ labels: z.array(NodeLabel).optional(), types: z.array(RelType).optional() }).optional(),
  expected: z.object({
    entities: z.array(z.object({ label: NodeLabel, name: z.string().min(1) })),
    relations: z.array(z.object({ type: RelType, from: Endpoint, to: Endpoint })),
  }),
});
export type Fixture = z.infer<typeof Fixture>;

export class FixtureError extends Error {
  readonly code = "FIXTURE_INVALID";
  constructor(readonly file: string, detail: string) {
    super(`${file} is not a valid extraction fixture: ${detail}`);
    this.name = "FixtureError";
  }
}

export const DEFAULT_FIXTURE_DIR = "test/fixtures/extract";

/** Every *.json fixture in `dir`, sorted by file name, validated. */
export async function loadFixtures(dir = DEFAULT_FIXTURE_DIR): Promise<(Fixture & { file: string })[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (f) => {
      const file = join(dir, f);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, "utf8"));
      } catch (e) {
        throw new FixtureError(file, `not JSON (${(e as Error).message})`);
      }
      const parsed = Fixture.safeParse(json);
      if (!parsed.success) throw new FixtureError(file, z.prettifyError(parsed.error));
      return { ...parsed.data, file };
    }),
  );
}

/** The labels and types a fixture is scored on: its scope, else what its annotation uses. */
export function scopeOf(f: Fixture): { labels: Set<string>; types: Set<string> } {
  return {
    labels: new Set(f.scope?.labels ?? f.expected.entities.map((e) => e.label)),
    types: new Set(f.scope?.types ?? f.expected.relations.map((r) => r.type)),
  };
}

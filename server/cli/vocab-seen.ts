/**
 * `npm run vocab:seen`: records in instruments.json, for every literal form of every
 * instrument (创新券, 科技创新券, 科技服务券 …), the documents of seeds/ it occurs in. The
 * vocabulary then says where each synonym was seen, and a form seen nowhere stands out as
 * a guess to check. The unit test fails when the record is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { instruments, type InstrumentEntry } from "../extract/entities/vocab.js";
import { collectFiles, documentId } from "../ingest/files.js";
import { readDocument } from "../read/index.js";

export const VOCAB_FILE = path.join(PROJECT_ROOT, "server/extract/vocab/instruments.json");

/** Each entry with `seen` recomputed over the documents under `folder`. */
export async function withSeen(folder: string): Promise<InstrumentEntry[]> {
  const docs = await Promise.all(collectFiles([folder]).map(async (f) => ({ id: documentId(f), text: (await readDocument(f)).matchText })));
  return instruments.map(({ seen: _, ...e }) => ({
    ...e,
    seen: Object.fromEntries([...new Set([e.canonical, ...e.synonyms])].map((form) => [form, docs.filter((d) => d.text.includes(form)).map((d) => d.id)])),
  }));
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const json = JSON.parse(fs.readFileSync(VOCAB_FILE, "utf8")) as { _about: string; entries: unknown[] };
  json.entries = await withSeen(path.join(PROJECT_ROOT, "seeds"));
  fs.writeFileSync(VOCAB_FILE, JSON.stringify(json, null, 1) + "\n");
  const forms = (json.entries as InstrumentEntry[]).flatMap((e) => Object.values(e.seen!));
  console.log(`instruments.json: ${forms.filter((d) => d.length > 0).length} of ${forms.length} literal forms occur in seeds/`);
}

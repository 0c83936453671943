/**
 * Extractions → the CSV files of a neo4j-admin import that builds the graph loadBatch would
 * build from the same batches in an empty database. The rows come from load.ts's own row
 * builders; what its Cypher does across batches is done here while writing:
 *
 * - a Document's properties are its row's, nulls left out (document.cypher: SET d = row.props);
 * - an entity keeps the name it was first loaded with, its aliases are unioned in order (none
 *   is no property), and a later batch's properties override (a null removes), then aliasText
 *   follows the aliases (node-*.cypher);
 * - a relationship whose end is not loaded by then is left out, as loadBatch leaves it out;
 *   PART_OF is one property-less edge per pair (rel-part-of.cypher's MERGE).
 *
 * Cited Policies are redirected to the documents they name after the import, by the same
 * policies-to-documents.cypher (see ./index.ts). Documents and relationships are written batch
 * by batch; entities, whose last state is only known at the end, when the writer finishes.
 */
import fs from "node:fs";
import path from "node:path";
import type { Extraction, NodeLabel, RelType } from "../../schema/graph.js";
import { documentRow, documentTitleKeys, entityRowsByLabel, relationRowsByType, withMentions, type LoadCounts, type Row } from "../load.js";
import { csvProperty, DELIMITER, headerColumn, plainId, quoted, type StoredValue } from "./csv.js";
import { BulkImportError } from "./errors.js";

export interface GraphFiles {
  dir: string;
  /**
   * File names inside dir, each with its header on the first line; in `multiline` ones, fields
   * may span lines (documents' texts), and every row starts with an unquoted id.
   */
  nodes: { labels: string[]; file: string; multiline: boolean }[];
  relationships: { type: RelType; file: string }[];
  /**
   * Properties the importer cannot write (a list of one empty string, a value with the file's
   * quote in it …), set by Cypher once it is done: the same small props for many nodes go in one row.
   */
  nodeProperties: { ids: string[]; props: Row }[];
  relationshipProperties: { type: RelType; from: string; to: string; docId: string; props: Row }[];
  /**
   * The title keys of the documents that a cited Policy's title matches, for
   * policies-to-documents.cypher; empty when none does, as is common.
   */
  titles: { id: string; keys: string[] }[];
  counts: LoadCounts;
  /** Characters in the longest line, or row of a multi-line file: the importer's read buffer must hold it. */
  longestRow: number;
}

export interface GraphWriter {
  /** Adds one batch, as loadBatch would get it. */
  add(batch: Extraction[]): void;
  /** Writes the entities, closes the files and says what is in them. */
  finish(): GraphFiles;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

interface Table {
  file: string;
  fd: number;
  pending: string[];
}

/**
 * A writer into `dir` (created if missing, expected empty).
 *
 * @example
 * const writer = writeGraphFiles(fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-import-")));
 * for (const batch of batches) writer.add(batch);
 * await importGraph(store, writer.finish());
 */
export function writeGraphFiles(dir: string): GraphWriter {
  fs.mkdirSync(dir, { recursive: true });
  const tables = new Map<string, Table>();
  const nodeFiles: GraphFiles["nodes"] = [];
  const relationshipFiles: GraphFiles["relationships"] = [];
  const documents = new Set<string>();
  const entities = new Map<string, { label: NodeLabel; props: Row }>();
  const partOf = new Set<string>();
  const nodeProperties = propertyGroups();
  const relationshipProperties: GraphFiles["relationshipProperties"] = [];
  const titles: GraphFiles["titles"] = [];
  let relationships = 0;

  /** The file for rows of this kind and header, opened (header first) on its first row. */
  const table = (kind: "nodes" | "relationships", name: string, header: string[], multiline = false): Table => {
    const line = header.join(DELIMITER);
    const key = `${kind}\u0000${name}\u0000${line}\u0000${multiline}`;
    let t = tables.get(key);
    if (!t) {
      const file = `${kind}-${name}-${tables.size + 1}.csv`;
      t = { file, fd: fs.openSync(path.join(dir, file), "w"), pending: [] };
      fs.writeSync(t.fd, `${line}\n`);
      tables.set(key, t);
      if (kind === "nodes") nodeFiles.push({ labels: [name, "Entity"], file, multiline });
      else relationshipFiles.push({ type: name as RelType, file });
    }
    return t;
  };
  let longestRow = 0;
  const append = (t: Table, fields: string[]) => {
    const row = fields.join(DELIMITER);
    longestRow = Math.max(longestRow, row.length + 1);
    t.pending.push(row);
  };
  const flush = () => {
    for (const t of tables.values()) {
      if (t.pending.length === 0) continue;
      fs.writeSync(t.fd, `${t.pending.join("\n")}\n`);
      t.pending = [];
    }
  };
  /** Documents go to a multi-line file, texts and all, when their id can start a row unquoted. */
  const writeNode = (label: NodeLabel, id: string, props: Row) => {
    const multiline = label === "Document" && plainId(id);
    const { header, fields, rest } = columns(props, ["id"], multiline);
    append(table("nodes", label, ["id:ID", ...header], multiline), [multiline ? id : quoted(id), ...fields]);
    if (rest) nodeProperties.add(id, rest);
  };
  const close = () => {
    for (const t of tables.values()) {
      if (t.fd >= 0) fs.closeSync(t.fd);
      t.fd = -1;
    }
  };
  const loaded = (id: string) => documents.has(id) || entities.has(id);

  return {
    add(batch) {
      for (const x of batch) {
        const row = documentRow(x);
        if (documents.has(row.id)) throw new BulkImportError(`document id "${row.id}" comes twice; a bulk import loads each document once, so give the second one another id`);
        if (entities.has(row.id)) throw new BulkImportError(`"${row.id}" is the id of a document and of a ${entities.get(row.id)!.label}; the transactional load fails on it too (entity_id constraint): rename the file`);
        documents.add(row.id);
        titles.push(documentTitleKeys(row));
        writeNode("Document", row.id, row.props);
      }
      for (const [label, rows] of entityRowsByLabel(batch.flatMap((x) => x.entities))) {
        for (const row of rows) mergeEntity(label, row);
      }
      for (const [type, rows] of relationRowsByType(batch.flatMap(withMentions))) {
        for (const row of rows) {
          const from = row.from as string;
          const to = row.to as string;
          if (!loaded(from) || !loaded(to)) continue;
          if (type === "PART_OF") {
            if (partOf.has(`${from}\u0000${to}`)) continue;
            partOf.add(`${from}\u0000${to}`);
            append(table("relationships", type, [":START_ID", ":END_ID"]), [quoted(from), quoted(to)]);
          } else {
            const props = row.props as Row;
            const { header, fields, rest } = columns(props, []);
            append(table("relationships", type, [":START_ID", ":END_ID", ...header]), [quoted(from), quoted(to), ...fields]);
            if (rest) relationshipProperties.push({ type, from, to, docId: props.docId as string, props: rest });
          }
          relationships++;
        }
      }
      flush();
    },
    finish() {
      const citedTitles = new Set<unknown>();
      for (const [id, { label, props }] of entities) {
        writeNode(label, id, props);
        if (label === "Policy") citedTitles.add(props.titleKey);
      }
      flush();
      close();
      return {
        dir,
        nodes: nodeFiles,
        relationships: relationshipFiles,
        nodeProperties: nodeProperties.rows(),
        relationshipProperties,
        titles: titles.filter((t) => t.keys.some((key) => citedTitles.has(key))),
        counts: { documents: documents.size, nodes: documents.size + entities.size, relationships },
        longestRow,
      };
    },
    remove() {
      close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  /** What node-<label>.cypher does with one row: MERGE on id, first name kept, props and aliases merged. */
  function mergeEntity(label: NodeLabel, row: Row) {
    const id = row.id as string;
    if (documents.has(id)) throw new BulkImportError(`"${id}" is the id of a document and of a ${label}; the transactional load fails on it too (entity_id constraint): rename the file or fix the extractor's id`);
    let node = entities.get(id);
    if (!node) {
      node = { label, props: { id, name: row.name } };
      entities.set(id, node);
    } else if (node.label !== label) {
      throw new BulkImportError(`entity "${id}" is a ${node.label} in one batch and a ${label} in another; the transactional load fails on it too (entity_id constraint): an id must name one kind of thing`);
    }
    for (const [key, value] of Object.entries(row.props as Row)) {
      if (value === null || value === undefined) delete node.props[key];
      else node.props[key] = value;
    }
    const aliases = [...((node.props.aliases as string[] | undefined) ?? [])];
    for (const alias of row.aliases as string[]) if (!aliases.includes(alias)) aliases.push(alias);
    if (aliases.length > 0) node.props.aliases = aliases;
    else delete node.props.aliases;
    node.props.aliasText = aliases.reduce((text, alias) => `${text} ${alias}`, "");
  }
}

/**
 * The header columns and fields of a row's properties in key order (null means absent, as
 * SET leaves it), and `rest`: the properties the importer cannot write, to set afterwards.
 */
function columns(props: Row, skip: string[], multiline = false): { header: string[]; fields: string[]; rest: Row | null } {
  const header: string[] = [];
  const fields: string[] = [];
  let rest: Row | null = null;
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (value === null || value === undefined || skip.includes(key)) continue;
    const column = csvProperty(key, value as StoredValue, multiline);
    if (column) {
      header.push(headerColumn(key, column.type));
      fields.push(column.field);
    } else {
      (rest ??= {})[key] = value;
    }
  }
  return { header, fields, rest };
}

/** Rows of at most this many ids: a row is one Cypher parameter, and goes into one transaction. */
const IDS_PER_ROW = 10_000;
/** Props with a string longer than this (a document's text) are not worth comparing: one row each. */
const SHARED_TEXT = 200;

/** Nodes grouped by the props they are to get, so that many `{aliases: [""]}` cost one row, not one each. */
function propertyGroups() {
  const groups = new Map<string, { ids: string[]; props: Row }>();
  const single: { ids: string[]; props: Row }[] = [];
  return {
    add(id: string, props: Row): void {
      if (Object.values(props).some((v) => typeof v === "string" && v.length > SHARED_TEXT)) {
        single.push({ ids: [id], props });
        return;
      }
      const key = JSON.stringify(props);
      const group = groups.get(key);
      if (group) group.ids.push(id);
      else groups.set(key, { ids: [id], props });
    },
    rows(): { ids: string[]; props: Row }[] {
      const rows = [...single];
      for (const { ids, props } of groups.values()) {
        for (let i = 0; i < ids.length; i += IDS_PER_ROW) rows.push({ ids: ids.slice(i, i + IDS_PER_ROW), props });
      }
      return rows;
    },
  };
}

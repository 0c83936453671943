/**
 * What the console refuses before and after Neo4j plans a query: deep nesting, LOAD CSV,
 * procedures not needed for reading, and commands that see or stop other users' queries.
 *
 * Two independent looks, because neither alone is complete: the query's tokens (comments and
 * strings removed, backticks resolved, so neither can disguise a name), and every operator of
 * Neo4j's plan with its `Details`, where Neo4j 5.26 renders a subquery expression nested in an
 * expression (`[x IN [1] | COLLECT { LOAD CSV … }]`, CASE, WHERE) as Cypher text
 * (`LOAD CSV FROM …`, `ResolvedCall(dbms.listConfig(…`) instead of child operators.
 */
import type { ResultSummary } from "neo4j-driver";
import { HttpError } from "./errors.js";

type Plan = Exclude<ResultSummary["plan"], false>;

/** Procedures a reader needs: the schema and the full-text indexes, nothing about the server or its users. */
export const CONSOLE_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

/**
 * Brackets and CASE open at once, prefix operators and property lookups in a row. Neo4j's parser
 * recurses per level: with a 1 MB thread stack 300 NOTs, 350 nested brackets, 200 nested CASEs
 * or a.b.b… 2,400 long overflowed it and the connection hung (the embedded JVM has 16 MB now).
 * Real console queries stay under 10.
 */
export const MAX_NESTING = 64;

/** The SHOW commands that list the schema; the others (TRANSACTIONS, SETTINGS …) see the server. */
const SHOWN = /^(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES|FUNCTION|FUNCTIONS)$/;

const refused = (reason: string) => new HttpError(403, "CONSOLE_REFUSED", `${reason}; the console does not run it`);

/** The query's words and punctuation, without comments and string contents; backticked names are words. */
export function cypherTokens(query: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) i++;
    else if (query.startsWith("//", i)) i = endOf(query, "\n", i + 2);
    else if (query.startsWith("/*", i)) i = endOf(query, "*/", i + 2);
    else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      tokens.push("''");
      i = j + 1;
    } else if (c === "`") {
      let name = "";
      let j = i + 1;
      for (; j < query.length; j++) {
        if (query[j] === "`" && query[j + 1] === "`") (name += "`"), j++;
        else if (query[j] === "`") break;
        else name += query[j];
      }
      tokens.push(name);
      i = j + 1;
    } else {
      const word = /^[\p{L}\p{N}_$]+/u.exec(query.slice(i, i + 200))?.[0];
      tokens.push(word ?? c);
      i += word?.length ?? 1;
    }
  }
  return tokens;
}

const endOf = (s: string, end: string, from: number) => {
  const at = s.indexOf(end, from);
  return at < 0 ? s.length : at + end.length;
};

/** Throws a 400 for a query nested too deep to send, a 403 for one that reaches past the graph. */
export function refuseUnsafeText(query: string): void {
  const tokens = cypherTokens(query);
  const word = (k: number) => tokens[k]?.toUpperCase() ?? "";
  let depth = 0;
  let prefixRun = 0;
  let dotRun = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = word(k);
    if (t === "(" || t === "[" || t === "{" || t === "CASE") depth++;
    else if (t === ")" || t === "]" || t === "}" || t === "END") depth--;
    prefixRun = t === "NOT" || t === "-" || t === "+" ? prefixRun + 1 : 0;
    dotRun = t === "." ? dotRun + 1 : /^[\p{L}\p{N}_$]/u.test(t) ? dotRun : 0;
    if (depth > MAX_NESTING || prefixRun > MAX_NESTING || dotRun > MAX_NESTING) {
      throw new HttpError(400, "QUERY_TOO_NESTED", `the query nests more than ${MAX_NESTING} levels (brackets, CASE, NOT/-/+ or .property in a row); flatten it`);
    }
    if (t === "LOAD" && word(k + 1) === "CSV") throw refused("LOAD CSV reads files and URLs on the database server");
    // A property or an alias named call (n.call, AS call) is no CALL clause.
    if (t === "CALL" && tokens[k - 1] !== "." && word(k - 1) !== "AS" && /^[\p{L}_$]/u.test(tokens[k + 1] ?? "")) {
      let name = tokens[k + 1]!;
      for (let j = k + 2; tokens[j] === "." && tokens[j + 1]; j += 2) name += `.${tokens[j + 1]}`;
      refuseProcedure(name);
    }
  }
  const first = word(0);
  if (first === "USE") throw refused("USE runs the query on another database");
  if (first === "TERMINATE") throw refused("TERMINATE stops other users' queries");
  if (first === "SHOW" && !tokens.slice(1, 5).some((t) => SHOWN.test(t.toUpperCase()))) throw refused(`SHOW ${word(1)} is about the server, not the graph`);
}

function refuseProcedure(name: string): void {
  if (CONSOLE_PROCEDURES.has(name)) return;
  throw refused(`${name} is not a procedure the console offers (it has ${[...CONSOLE_PROCEDURES].join(", ")})`);
}

/** Plan operators that read or change the server rather than the graph, with what to tell the user. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: "LOAD CSV reads files and URLs on the database server",
  ShowSettings: "SHOW SETTINGS exposes the server's configuration",
  ShowTransactions: "SHOW TRANSACTIONS lists other users' queries",
  TerminateTransactions: "TERMINATE TRANSACTIONS stops other users' queries",
};

/** Every operator of the plan, and every procedure and LOAD CSV that its Details name, nested ones included. */
export function refuseUnsafePlan(plan: Plan | null): void {
  const operators: Plan[] = [];
  const walk = (p: Plan): void => void (operators.push(p), p.children.forEach(walk));
  if (plan) walk(plan);
  for (const op of operators) {
    const kind = op.operatorType.split("@")[0]!;
    if (REFUSED_OPERATORS[kind]) throw refused(REFUSED_OPERATORS[kind]);
    const details = String(op.arguments?.Details ?? "");
    if (kind === "ProcedureCall") refuseProcedure(details.split("(")[0]!.trim());
    if (/\bLOAD\s+CSV\b/i.test(details)) throw refused(REFUSED_OPERATORS.LoadCSV!);
    for (const m of details.matchAll(/ResolvedCall\(([^(\s]+)\(/g)) refuseProcedure(m[1]!);
  }
}

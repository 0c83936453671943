import { describe, expect, it } from "vitest";
import { cypherTokens, MAX_NESTING, refuseUnsafeText } from "./cypher-guard.js";

const code = (query: string) => {
  try {
    refuseUnsafeText(query);
    return "ok";
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe("cypherTokens", () => {
  it("drops comments and string contents and reads backticked names as words", () => {
    expect(cypherTokens("CALL `dbms` /* x */ . `list``Config`() // LOAD CSV\nRETURN 'LOAD CSV', \"a\\\"b\"")).toEqual(["CALL", "dbms", ".", "list`Config", "(", ")", "RETURN", "''", ",", "''"]);
  });
});

describe("refuseUnsafeText", () => {
  it.each([
    ["MATCH (n:Industry) RETURN n.name, n.call AS call LIMIT 5"],
    ["CALL db.labels() YIELD label RETURN label"],
    ["MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c"],
    ["RETURN 'LOAD CSV FROM x' AS text // CALL dbms.listConfig()"],
    ["SHOW INDEXES YIELD name"],
    ["MATCH p = (a)-[*1..5]->(b) WHERE a.x.y.z = 1 CALL db.index.fulltext.queryNodes('i', 'q') YIELD node RETURN p"],
    [`RETURN ${"(".repeat(MAX_NESTING)}1${")".repeat(MAX_NESTING)}`],
  ])("lets a reading query through: %s", (query) => expect(code(query)).toBe("ok"));

  it.each([
    ["RETURN [x IN [1] | COLLECT { LOAD CSV FROM 'http://x/' AS l RETURN l }]", "CONSOLE_REFUSED"],
    ["RETURN CASE WHEN true THEN COUNT { CALL `dbms`.queryJmx('*:*') YIELD name RETURN name } END", "CONSOLE_REFUSED"],
    ["CALL db.stats.retrieve('QUERIES')", "CONSOLE_REFUSED"],
    ["CALL apoc.load.json('http://x/')", "CONSOLE_REFUSED"],
    ["SHOW TRANSACTIONS", "CONSOLE_REFUSED"],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "CONSOLE_REFUSED"],
    ["USE system SHOW USERS", "CONSOLE_REFUSED"],
    [`RETURN ${"(".repeat(2400)}1${")".repeat(2400)}`, "QUERY_TOO_NESTED"],
    [`RETURN ${"NOT ".repeat(MAX_NESTING + 1)}true`, "QUERY_TOO_NESTED"],
    [`RETURN ${"CASE WHEN true THEN ".repeat(MAX_NESTING + 1)}1`, "QUERY_TOO_NESTED"],
    [`WITH {} AS a RETURN a${".b".repeat(2400)}`, "QUERY_TOO_NESTED"],
  ])("refuses %s with %s", (query, expected) => expect(code(query)).toBe(expected));
});

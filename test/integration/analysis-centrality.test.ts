import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CentralityResponse } from "../../server/schema/analysis/centrality.js";
import { type FixtureApi, csvLines, fixtureApi } from "../support/network-fixtures.js";

let env: FixtureApi;

beforeAll(async () => void (env = await fixtureApi()));
afterAll(() => env?.close());

const centrality = async (query: string) => {
  const res = await env.api.get(`/api/analysis/centrality${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return CentralityResponse.parse(await res.json());
};

describe("GET /api/analysis/centrality", () => {
  it("ranks 新材料, prioritised by both documents, above 生物医药", async () => {
    const { entities, graph } = await centrality("?labels=Industry&sort=degree");
    expect(entities.map((e) => [e.name, e.degree, e.documents])).toEqual([["新材料", 2, 2], ["生物医药", 1, 1]]);
    expect(entities[0]!.pagerank).toBeGreaterThan(entities[1]!.pagerank);
    expect(entities[0]!.betweenness).toBeNull();
    // 2 documents, 2 policies, 2 indicators, 2 industries, 1 instrument; 6 statements each.
    expect(graph).toEqual({ documents: 2, nodes: 9, edges: 12 });
  });

  it("computes betweenness when ranking by it: 新材料 lies between the two documents' other entities", async () => {
    const { entities } = await centrality("?labels=Industry,Instrument&sort=betweenness");
    expect(entities.every((e) => e.betweenness !== null)).toBe(true);
    expect(entities.find((e) => e.name === "生物医药")!.betweenness).toBe(0);
  });

  it("counts only the documents of the chosen region", async () => {
    const { entities, graph } = await centrality("?labels=Industry&region=331024");
    expect(graph.documents).toBe(1);
    expect(entities.map((e) => [e.name, e.degree])).toEqual([["新材料", 1]]);
  });

  it("exports the ranking as CSV", async () => {
    const lines = await csvLines(await env.api.get("/api/analysis/centrality?labels=Industry&sort=degree&format=csv"));
    expect(lines[0]).toBe("rank,id,label,name,degree,documents,pagerank,betweenness");
    expect(lines[1]).toMatch(/^1,industry:新材料,Industry,新材料,2,2,0\.\d+,$/);
    expect(lines).toHaveLength(3);
  });

  it.each([
    ["labels=Document", "labels"],
    ["region=33", "six-digit"],
    ["sort=closeness", "sort"],
  ])("answers 400 for %s", async (query, words) => {
    const res = await env.api.get(`/api/analysis/centrality?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(words);
  });
});

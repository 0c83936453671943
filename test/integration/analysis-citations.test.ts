import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CitationsResponse } from "../../server/schema/analysis/citations.js";
import { type FixtureApi, PROVINCE, STATE_COUNCIL, csvLines, fixtureApi, xianjuDocument } from "../support/network-fixtures.js";

let env: FixtureApi;

beforeAll(async () => void (env = await fixtureApi()));
afterAll(() => env?.close());

const citations = async (query = "") => {
  const res = await env.api.get(`/api/analysis/citations${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return CitationsResponse.parse(await res.json());
};

describe("GET /api/analysis/citations", () => {
  it("places each document at its issuer's level: State Council central, 浙江省 provincial, 台州市 city, 仙居县 district", async () => {
    const { nodes, edges } = await citations();
    const level = (id: string) => nodes.find((n) => n.id === id)?.level;
    expect(level(`policy:${STATE_COUNCIL}`)).toBe("central");
    expect(level(`policy:${PROVINCE}`)).toBe("province");
    expect(level("taizhou-fixture")).toBe("city");
    expect(level("xianju-fixture")).toBe("district");
    expect(nodes.find((n) => n.id === "xianju-fixture")?.place).toBe("浙江省台州市仙居县");
    expect(edges).toHaveLength(3);
  });

  it("keeps each citation's sentence and offsets as its evidence", async () => {
    const { edges } = await citations();
    const text = xianjuDocument().text;
    const e = edges.find((x) => x.from === "xianju-fixture" && x.to === `policy:${PROVINCE}`)!;
    expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(e.quote).toContain(PROVINCE);
  });

  it("lists the upstream document both cite, with its citers oldest first", async () => {
    const { shared, nodes } = await citations();
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ id: `policy:${STATE_COUNCIL}`, level: "central" });
    expect(shared[0]!.citers.map((c) => [c.docId, c.year])).toEqual([["xianju-fixture", 2017], ["taizhou-fixture", 2018]]);
    expect(nodes.find((n) => n.id === `policy:${STATE_COUNCIL}`)?.citedBy).toBe(2);
  });

  it("counts only documents published in the year window", async () => {
    const { edges, shared } = await citations("?yearFrom=2018");
    expect(edges.map((e) => e.from)).toEqual(["taizhou-fixture"]);
    expect(shared).toEqual([]);
  });

  it("exports one CSV row per citation", async () => {
    const res = await env.api.get("/api/analysis/citations?format=csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = await csvLines(res);
    expect(lines[0]).toBe("citing_id,citing_title,citing_year,citing_level,citing_place,kind,cited_id,cited_title,cited_kind,cited_level,cited_place,cited_by_documents,quote");
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith("taizhou-fixture"))).toContain(`policy:${STATE_COUNCIL},${STATE_COUNCIL},Policy,central,中央,2`);
  });

  it("answers 400 for a year that is not a number", async () => {
    const res = await env.api.get("/api/analysis/citations?yearFrom=last");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain("yearFrom");
  });
});

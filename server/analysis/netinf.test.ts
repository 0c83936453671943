import { describe, expect, it } from "vitest";
import { netinf, type Cascade } from "./netinf.js";

const cascade = (id: string, events: [string, number][]): Cascade => ({ id, events: events.map(([node, time]) => ({ node, time })) });

/** mulberry32: a seeded generator, so the simulated cascades are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Continuous-time independent cascades on a known directed network, as in the NetInf paper's
 * synthetic experiments: a random source at time 0; each infected node infects each
 * out-neighbour with probability β after an exponential delay; observed up to `horizon`.
 */
function simulate(edges: [string, string][], nodes: string[], count: number, rand: () => number, beta = 0.5, alpha = 1, horizon = 10): Cascade[] {
  const out = new Map<string, string[]>();
  for (const [a, b] of edges) out.set(a, [...(out.get(a) ?? []), b]);
  const cascades: Cascade[] = [];
  for (let c = 0; c < count; c++) {
    const source = nodes[Math.floor(rand() * nodes.length)]!;
    const time = new Map([[source, 0]]);
    const queue = [source];
    // Dijkstra-like: settle the earliest infection first so each node's time is its earliest.
    const settled = new Set<string>();
    while (queue.length) {
      queue.sort((x, y) => time.get(x)! - time.get(y)!);
      const u = queue.shift()!;
      if (settled.has(u)) continue;
      settled.add(u);
      for (const v of out.get(u) ?? []) {
        if (settled.has(v) || rand() >= beta) continue;
        const t = time.get(u)! - Math.log(1 - rand()) / alpha;
        if (t < horizon && t < (time.get(v) ?? Infinity)) (time.set(v, t), queue.push(v));
      }
    }
    cascades.push(cascade(`c${c}`, [...time]));
  }
  return cascades;
}

describe("netinf", () => {
  it("infers a → b → c from three small cascades, checked by hand", () => {
    // a→b explains b in c1 and c2; b→c explains c in c1 and c3; a→c would explain c in c1 only
    // and less well than b→c (two years against one), so it adds nothing once b→c is in.
    const ties = netinf([cascade("c1", [["a", 0], ["b", 1], ["c", 2]]), cascade("c2", [["a", 0], ["b", 1]]), cascade("c3", [["b", 0], ["c", 1]])]);
    expect(ties.map((t) => `${t.from}→${t.to}`)).toEqual(["a→b", "b→c"]);
    // Each improves two cascades from ε (log 1e-9) to log(β·α) − α·1: 2 × (ln 0.5 − 1 + ln 1e9).
    expect(ties[0]!.improvement).toBeCloseTo(2 * (Math.log(0.5) - 1 - Math.log(1e-9)), 6);
    expect(ties[1]!.cascades.map((c) => c.id)).toEqual(["c1", "c3"]);
  });

  it("never ties two adoptions of the same time", () => {
    expect(netinf([cascade("c1", [["a", 2017], ["b", 2017]]), cascade("c2", [["a", 2018], ["b", 2018]])])).toEqual([]);
  });

  it("recovers most ties of a known network from simulated cascades (precision and recall, as the NetInf paper reports them)", () => {
    const rand = random(21);
    const nodes = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const truth = new Set<string>();
    while (truth.size < 60) {
      const a = Math.floor(rand() * 30);
      const b = Math.floor(rand() * 30);
      if (a !== b) truth.add(`n${a}→n${b}`);
    }
    const edges = [...truth].map((e) => e.split("→") as [string, string]);
    const cascades = simulate(edges, nodes, 1000, rand).filter((c) => c.events.length > 1);
    const ties = netinf(cascades, { maxTies: truth.size });
    const found = ties.filter((t) => truth.has(`${t.from}→${t.to}`)).length;
    const precision = found / ties.length;
    const recall = found / truth.size;
    console.log(`netinf recovery: ${cascades.length} cascades on 30 nodes / 60 ties; inferred ${ties.length}, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);

    // The corpus dates adoptions by year: the same cascades with whole-unit times (ties in a
    // year explain nothing) recover less, and the figure says how much less.
    const yearly = cascades.map((c) => ({ ...c, events: c.events.map((e) => ({ ...e, time: Math.floor(e.time) })) }));
    const coarse = netinf(yearly, { maxTies: truth.size });
    const coarseFound = coarse.filter((t) => truth.has(`${t.from}→${t.to}`)).length;
    console.log(`netinf recovery, times rounded down to whole units: inferred ${coarse.length}, precision ${(coarseFound / coarse.length).toFixed(2)}, recall ${(coarseFound / truth.size).toFixed(2)}`);
    expect(coarseFound / coarse.length).toBeGreaterThanOrEqual(0.5);
  });
});

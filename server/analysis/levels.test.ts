import { describe, expect, it } from "vitest";
import { placeRole } from "./levels.js";

describe("placeRole", () => {
  it("keeps a city's own document at city level and a county's apart unless rolled up", () => {
    expect(placeRole("330400", "city", false)).toMatchObject({ role: "own", place: { code: "330400", level: "city" } });
    expect(placeRole("331024", "city", false)).toMatchObject({ role: "below", place: { code: "331000" } });
    expect(placeRole("331024", "city", true)).toMatchObject({ role: "rolled", place: { code: "331000" } });
  });

  it("puts a province's document above the city level, never as a city", () => {
    expect(placeRole("330000", "city", true)).toMatchObject({ role: "above", place: { code: "330000", level: "province" } });
    expect(placeRole("330400", "district", true)).toMatchObject({ role: "above" });
  });

  it("counts a municipality's district (开州区) as a place at city and at district level", () => {
    expect(placeRole("500154", "city", false)).toMatchObject({ role: "own", place: { code: "500154", level: "city" } });
    expect(placeRole("500154", "district", false)).toMatchObject({ role: "own", place: { code: "500154", level: "district" } });
    expect(placeRole("500154", "province", false)).toMatchObject({ role: "below", place: { code: "500000" } });
  });
});

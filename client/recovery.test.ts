import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api.js";
import { retryWhenStoreBack } from "./recovery.js";

const down = new ApiError(503, "STORE_UNAVAILABLE", "the graph database is unavailable");

describe("retryWhenStoreBack", () => {
  afterEach(() => void vi.useRealTimers());

  it("redoes each waiting view once, the latest per view, after the health check first answers", async () => {
    vi.useFakeTimers();
    const answers = [false, false, true];
    const healthy = vi.fn(async () => answers.shift() ?? true);
    const done: string[] = [];
    expect(retryWhenStoreBack(down, "panel", () => done.push("panel, first"), healthy)).toBe(true);
    retryWhenStoreBack(down, "panel", () => done.push("panel, second"), healthy);
    retryWhenStoreBack(down, "reader", () => done.push("reader"), healthy);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(done).toEqual([]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(done).toEqual(["panel, second", "reader"]);
    expect(healthy).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(healthy).toHaveBeenCalledTimes(3);
  });

  it("schedules nothing for an error that is not the store being down", () => {
    const again = vi.fn();
    expect(retryWhenStoreBack(new ApiError(400, "BAD_REQUEST", "q must not be empty"), "graph", again)).toBe(false);
    expect(again).not.toHaveBeenCalled();
  });
});

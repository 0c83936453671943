import { describe, expect, it } from "vitest";
import { ApiError } from "./api.js";
import { errorText, isStoreDown } from "./errors.js";
import { setLang } from "./i18n.js";

describe("errorText", () => {
  const down = new ApiError(503, "STORE_UNAVAILABLE", "the graph database is unavailable: the embedded Neo4j exited (SIGKILL) … bolt://127.0.0.1:7688");

  it("says the graph database is restarting, in Chinese first and in English after the switch, without the driver's words", () => {
    expect(errorText(down)).toBe("图数据库暂时不可用(正在重新启动),稍后会自动重试");
    setLang("en");
    expect(errorText(down)).toMatch(/^The graph database is unavailable/);
    setLang("zh");
    expect(errorText(down)).not.toMatch(/7688|bolt|Neo4j/);
  });

  it("treats any 503 as the store being down, and nothing else", () => {
    expect(isStoreDown(new ApiError(503, "HTTP_503", "Service Unavailable"))).toBe(true);
    expect(isStoreDown(new ApiError(400, "BAD_REQUEST", "q must not be empty"))).toBe(false);
    expect(isStoreDown(new Error("boom"))).toBe(false);
  });

  it("says the server is gone when fetch itself failed, and keeps the server's code and message otherwise", () => {
    expect(errorText(new ApiError(0, "NETWORK", "the API at /api/stats is unreachable: Failed to fetch"))).toBe("无法连接到服务器,请检查它是否仍在运行");
    expect(errorText(new ApiError(400, "BAD_REQUEST", "q: q must not be empty"))).toBe("出错了: BAD_REQUEST: q: q must not be empty");
  });
});

/**
 * DNS rebinding: a web page that points its own name at 127.0.0.1 sends that name as Host. The
 * server answers only loopback names and the ones it was told to (ALLOWED_HOSTS), and refuses the
 * rest with 421 before the answer cache can replay anything.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostName } from "../../server/api/hosts.js";
import type { Store } from "../../server/store/connect.js";
import { startApi, type TestApi } from "../support/api.js";
import { testStore } from "../support/store.js";

let store: Store;
let api: TestApi;

beforeAll(async () => {
  store = await testStore();
  api = await startApi(store);
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(api.url + path);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the Host header", () => {
  it("serves loopback names at any port", async () => {
    const port = new URL(api.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost("/api/stats", host)).status).toBe(200);
    }
  });

  it("refuses a foreign name with 421 and a JSON error, also for an answer the cache holds", async () => {
    expect((await getWithHost("/api/stats", `127.0.0.1:${new URL(api.url).port}`)).status).toBe(200);
    const refused = await getWithHost("/api/stats", "evil.example:8787");
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body).error.code).toBe("MISDIRECTED_HOST");
  });

  it("reads the host name out of a Host header", () => {
    expect(hostName("Localhost:8787")).toBe("localhost");
    expect(hostName("[::1]:8787")).toBe("[::1]");
    expect(hostName(undefined)).toBeNull();
  });
});

/** The API on an ephemeral loopback port, for integration tests that call it with fetch. */
import type { AddressInfo } from "node:net";
import { apiServer, createApp, type AppOptions } from "../../server/api/app.js";
import type { Store } from "../../server/store/connect.js";

export interface TestApi {
  url: string;
  get(path: string): Promise<Response>;
  post(path: string, body: unknown): Promise<Response>;
  /** POSTs a raw string as application/json (for malformed bodies). */
  postRaw(path: string, body: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startApi(store: Store, options: AppOptions = {}): Promise<TestApi> {
  const server = apiServer(createApp(store, options)).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const postRaw = (path: string, body: string) => fetch(url + path, { method: "POST", headers: { "content-type": "application/json" }, body });
  return {
    url,
    get: (path) => fetch(url + path),
    post: (path, body) => postRaw(path, JSON.stringify(body)),
    postRaw,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

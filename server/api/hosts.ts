/**
 * Which Host headers the server answers. A web page can point a name it controls at 127.0.0.1
 * (DNS rebinding) and then read the API and drive the console as if it were the explorer; the
 * browser still sends that name as Host. So only loopback names, the configured HOST and the
 * names listed in ALLOWED_HOSTS are served, at any port; anything else gets 421 before the
 * answer cache or Express sees the request.
 */
import type http from "node:http";

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]", "::1"];

/** The host part of a Host header, lower-cased, without its port ("[::1]:8787" → "[::1]"). */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(h);
  return m ? m[1]! : null;
}

/** A guard for `allowed` names (loopback is always allowed); true when it answered the request. */
export function hostGuard(allowed: readonly string[] = []): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const names = new Set([...LOOPBACK, ...allowed.map((a) => a.trim().toLowerCase()).filter((a) => a && a !== "0.0.0.0" && a !== "::")]);
  return (req, res) => {
    const name = hostName(req.headers.host);
    if (name && names.has(name)) return false;
    const body = JSON.stringify({
      error: { code: "MISDIRECTED_HOST", message: `this server answers only for ${[...names].join(", ")}; set ALLOWED_HOSTS to serve ${name ?? "requests without a Host header"}` },
    });
    res.writeHead(421, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
    return true;
  };
}

/**
 * The embedded Neo4j refuses every Bolt client without its password: a driver with no or a
 * wrong login, and a raw WebSocket upgrade with a foreign Origin, as a web page in the user's
 * browser would open it, which then tries to write. Runs against the embedded Neo4j only:
 * a server named by NEO4J_URI has whatever authentication its owner configured.
 */
import fs from "node:fs";
import net from "node:net";
import { randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const n = inject("neo4j");
const port = Number(new URL(n.uri.replace(/^bolt/, "http")).port);

async function loginError(auth: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = neo4j.driver(n.uri, auth, { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 10_000 });
  try {
    await driver.executeQuery("CREATE (:PwnDriver)", {}, { database: n.database });
    return "no error";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await driver.close();
  }
}

/** A client-to-server WebSocket frame: binary, final, masked as RFC 6455 requires. */
function wsFrame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const head = payload.length < 126 ? Buffer.from([0x82, 0x80 | payload.length]) : Buffer.from([0x82, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([head, mask, body]);
}

/** PackStream: a tiny string (under 16 bytes) or a string with an 8-bit length. */
function packString(s: string): Buffer {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([b.length < 16 ? Buffer.from([0x80 | b.length]) : Buffer.from([0xd0, b.length]), b]);
}

/** A Bolt message (a PackStream structure) in one chunk with its end marker. */
function boltMessage(signature: number, fields: Buffer[]): Buffer {
  const struct = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  return Buffer.concat([Buffer.from([struct.length >> 8, struct.length & 0xff]), struct, Buffer.from([0, 0])]);
}

const tinyMap = (entries: [string, string][]) => Buffer.concat([Buffer.from([0xa0 | entries.length]), ...entries.flatMap(([k, v]) => [packString(k), packString(v)])]);

/**
 * Opens Bolt over WebSocket with `Origin: http://evil.example`, offers Bolt 4.4 (whose HELLO
 * carries the login), says HELLO with no credentials, then RUNs a CREATE. Returns what the
 * server sent back, as text (the failure codes are plain strings in PackStream).
 */
function webSocketAttempt(): Promise<{ upgraded: boolean; answer: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    let upgraded = false;
    const timer = setTimeout(() => finish(), 5000);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ upgraded, answer: received.toString("latin1") });
    };
    socket.on("error", reject);
    socket.on("close", finish);
    socket.on("connect", () => {
      socket.write(
        [
          "GET / HTTP/1.1",
          `Host: 127.0.0.1:${port}`,
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
          "Sec-WebSocket-Version: 13",
          "Origin: http://evil.example",
          "",
          "",
        ].join("\r\n"),
      );
    });
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!upgraded && received.includes("\r\n\r\n")) {
        upgraded = /^HTTP\/1\.1 101/.test(received.toString("latin1"));
        received = Buffer.alloc(0);
        if (!upgraded) return finish();
        // Bolt preamble and four version proposals: 4.4, then nothing.
        socket.write(wsFrame(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
        socket.write(wsFrame(boltMessage(0x01, [tinyMap([["user_agent", "evil/1.0"], ["scheme", "none"]])])));
        socket.write(wsFrame(boltMessage(0x10, [packString("CREATE (:PwnWS)"), tinyMap([]), tinyMap([])])));
        socket.write(wsFrame(boltMessage(0x3f, [tinyMap([])])));
      }
    });
  });
}

let admin: ReturnType<typeof neo4j.driver>;
beforeAll(() => {
  admin = neo4j.driver(n.uri, neo4j.auth.basic(n.user, n.password), { disableLosslessIntegers: true });
});
afterAll(async () => {
  await admin?.close();
});

describe.runIf(n.embedded)("the embedded Neo4j's Bolt port", () => {
  it("refuses a driver without credentials or with a wrong password", async () => {
    expect(await loginError(undefined)).toMatch(/Unauthorized|AuthenticationRateLimit/);
    expect(await loginError(neo4j.auth.basic("neo4j", "neo4j"))).toMatch(/Unauthorized|AuthenticationRateLimit/);
    expect(await loginError(neo4j.auth.basic("neo4j", "not-the-password-at-all"))).toMatch(/Unauthorized|AuthenticationRateLimit/);
  });

  it("refuses a raw WebSocket from a foreign Origin that logs in without credentials, and nothing is written", async () => {
    const { upgraded, answer } = await webSocketAttempt();
    // Neo4j 5.26 accepts the upgrade itself (no setting turns that transport off); the login is what stops it.
    expect(upgraded).toBe(true);
    expect(answer).toMatch(/Neo\.ClientError\.Security\.Unauthorized/);
    const { records } = await admin.executeQuery("MATCH (x) WHERE x:PwnWS OR x:PwnDriver RETURN count(x) AS n", {}, { database: n.database });
    expect(records[0]!.get("n")).toBe(0);
  });

  it("keeps its password in a file only its owner can read", () => {
    const file = n.passwordFile!;
    expect(file).toMatch(/bolt-password$/);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(n.password);
  });
});

/** The part of autocannon's API that the benchmarks and the load test use (the package ships no types). */
declare module "autocannon" {
  interface Request {
    method?: string;
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    setupRequest?: (req: Request) => Request;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Stop after this many requests instead of after `duration`. */
    amount?: number;
    /** Seconds before a request counts as timed out (default 10). */
    timeout?: number;
    requests?: Request[];
  }
  interface Result {
    latency: { p50: number; p90: number; p99: number; max: number; average: number };
    requests: { average: number; total: number };
    non2xx: number;
    "2xx": number;
    errors: number;
    timeouts: number;
  }
  /** A run in progress: "response" is emitted for every answer, with its latency in ms. */
  interface Instance {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance;
  }
  export type { Result };
  export default function autocannon(options: Options): Promise<Result>;
  export default function autocannon(options: Options, done: (err: Error | null, result: Result) => void): Instance;
}

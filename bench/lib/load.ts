import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarise, type Summary } from './stats';
import { mainThreadCpuMs } from './thread-cpu';

/** One closed-loop load run: warm up, then measure for a fixed duration. */
export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string;
  /** Optional: a rotation of bodies instead (request i sends bodies[i % n]); `body` is then unused. */
  bodies?: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** A response header whose values are tallied (e.g. x-sql-queries). */
  captureHeader?: string;
}

export interface LoadRawResult {
  latenciesMs: Float64Array;
  /** Which body (index into `bodies`; 0 with a single body) each measured latency was for. */
  bodyIndexes: Int32Array;
  seconds: number;
  errors: number;
  non2xx: number;
  bytes: number;
  firstError: string | null;
  headerValues: Record<string, number>;
}

export interface LoadResult extends Summary {
  latenciesMs: Float64Array;
  bodyIndexes: Int32Array;
  errors: number;
  non2xx: number;
  firstError: string | null;
  bytesPerResponse: number;
  headerValues: Record<string, number>;
  /** CPU time of this process's main thread (the server) per measured request; null off Linux. */
  serverCpuMsPerRequest: number | null;
}

type WorkerMessage = { type: 'window'; edge: 'open' | 'close' } | { type: 'result'; result: LoadRawResult };

/**
 * Runs the load generator on a worker thread, so the measured server (on this thread)
 * has the main event loop to itself.
 */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: job });
    let settled = false;
    let cpuOpen: number | null = null;
    let cpuClose: number | null = null;
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'window') {
        if (msg.edge === 'open') cpuOpen = mainThreadCpuMs();
        else cpuClose = mainThreadCpuMs();
        return;
      }
      settled = true;
      const raw = msg.result;
      const summary = summarise(raw.latenciesMs, raw.seconds);
      resolve({
        ...summary,
        latenciesMs: raw.latenciesMs,
        bodyIndexes: raw.bodyIndexes,
        errors: raw.errors,
        non2xx: raw.non2xx,
        firstError: raw.firstError,
        bytesPerResponse: summary.requests ? raw.bytes / summary.requests : 0,
        headerValues: raw.headerValues,
        serverCpuMsPerRequest:
          cpuOpen !== null && cpuClose !== null && summary.requests ? (cpuClose - cpuOpen) / summary.requests : null,
      });
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the load generator stopped early (exit code ${code})`));
    });
  });
}

/** Several runs against the same target as one: all their requests over all their time. */
export function mergeLoads(runs: LoadResult[]): LoadResult {
  if (runs.length === 1) return runs[0] as LoadResult;
  const latencies = new Float64Array(runs.reduce((n, r) => n + r.latenciesMs.length, 0));
  const bodyIndexes = new Int32Array(latencies.length);
  let offset = 0;
  for (const r of runs) {
    latencies.set(r.latenciesMs, offset);
    bodyIndexes.set(r.bodyIndexes, offset);
    offset += r.latenciesMs.length;
  }
  const summary = summarise(latencies, runs.reduce((s, r) => s + r.seconds, 0));
  const headerValues: Record<string, number> = {};
  for (const r of runs) for (const [v, n] of Object.entries(r.headerValues)) headerValues[v] = (headerValues[v] ?? 0) + n;
  return {
    ...summary,
    latenciesMs: latencies,
    bodyIndexes,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    bytesPerResponse: runs.reduce((n, r) => n + r.bytesPerResponse * r.requests, 0) / Math.max(1, summary.requests),
    headerValues,
    serverCpuMsPerRequest: runs.every((r) => r.serverCpuMsPerRequest !== null)
      ? runs.reduce((n, r) => n + (r.serverCpuMsPerRequest as number) * r.requests, 0) / Math.max(1, summary.requests)
      : null,
  };
}

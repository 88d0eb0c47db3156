/**
 * The load generator's worker thread: a closed loop of `connections` keep-alive HTTP
 * connections, each sending the next request as soon as the previous answer has been read.
 * It runs on its own thread (own event loop), so the client's work does not share the
 * event loop of the server being measured, which runs on the main thread.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadJob, LoadRawResult } from './load';

async function run(job: LoadJob): Promise<LoadRawResult> {
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });
  // One body, or a rotation of them (each request takes the next one).
  const bodies = (job.bodies?.length ? job.bodies : [job.body]).map((b) => Buffer.from(b));
  const headers = bodies.map((b) => ({ ...job.headers, 'content-length': String(b.length) }));
  let nextBody = 0;
  const latencies = new Float64Array(1 << 16);
  let recorded = 0;
  let latencyStore = latencies;
  let indexStore = new Int32Array(latencies.length);
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  let firstError: string | null = null;
  const headerValues: Record<string, number> = {};

  const started = performance.now();
  const measureFrom = started + job.warmupMs;
  const measureUntil = measureFrom + job.durationMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const bodyIndex = nextBody;
      nextBody = (nextBody + 1) % bodies.length;
      const body = bodies[bodyIndex] as Buffer;
      const t0 = performance.now();
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: job.method,
          headers: headers[bodyIndex],
        },
        (res) => {
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
          });
          res.on('end', () => {
            const t1 = performance.now();
            if (t1 >= measureFrom && t1 <= measureUntil) {
              if (recorded === latencyStore.length) {
                const grown = new Float64Array(latencyStore.length * 2);
                grown.set(latencyStore);
                latencyStore = grown;
                const grownIndexes = new Int32Array(grown.length);
                grownIndexes.set(indexStore);
                indexStore = grownIndexes;
              }
              indexStore[recorded] = bodyIndex;
              latencyStore[recorded++] = t1 - t0;
              bytes += size;
              const status = res.statusCode ?? 0;
              if (status < 200 || status >= 300) {
                non2xx++;
                firstError ??= `HTTP ${status}`;
              }
              if (job.captureHeader) {
                const v = String(res.headers[job.captureHeader] ?? '(none)');
                headerValues[v] = (headerValues[v] ?? 0) + 1;
              }
            }
            resolve();
          });
          res.on('error', (e) => {
            errors++;
            firstError ??= e.message;
            resolve();
          });
        },
      );
      req.on('error', (e) => {
        if (performance.now() <= measureUntil) {
          errors++;
          firstError ??= e.message;
        }
        // Do not spin on a refused connection.
        setTimeout(resolve, 10);
      });
      req.end(body);
    });

  // Tell the main thread when the measured window opens and closes (it reads its CPU time then).
  setTimeout(() => parentPort?.postMessage({ type: 'window', edge: 'open' }), job.warmupMs);
  setTimeout(() => parentPort?.postMessage({ type: 'window', edge: 'close' }), job.warmupMs + job.durationMs);

  const connection = async () => {
    while (performance.now() < measureUntil) await once();
  };
  await Promise.all(Array.from({ length: job.connections }, connection));
  agent.destroy();
  return {
    latenciesMs: latencyStore.slice(0, recorded),
    bodyIndexes: indexStore.slice(0, recorded),
    seconds: job.durationMs / 1000,
    errors,
    non2xx,
    bytes,
    firstError,
    headerValues,
  };
}

run(workerData as LoadJob).then(
  (result) => parentPort?.postMessage({ type: 'result', result }, [result.latenciesMs.buffer as ArrayBuffer, result.bodyIndexes.buffer as ArrayBuffer]),
  (e: unknown) => {
    throw e;
  },
);

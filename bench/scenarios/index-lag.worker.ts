/**
 * index-lag's client, on a worker thread (so it never shares the event loop of the server under
 * test): a writer that starts threads through GraphQL at a steady rate (open loop: on schedule,
 * whether or not earlier writes have answered), each naming a word no other post contains, and
 * for each written post a poller that searches for its word every `pollMs` until the post is
 * among the hits. Lag = arrival of the first answer that has the post − arrival of the
 * mutation's answer (the commit happened just before that answer was sent).
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LagJob {
  url: string;
  /** Cookie (session and CSRF) and CSRF header of the writer. */
  writerHeaders: Record<string, string>;
  /** Cookie of the searcher (a member of the group written to). */
  searcherHeaders: Record<string, string>;
  groupId: string;
  /** One per post, in order; as many posts as words. */
  words: string[];
  bodies: string[];
  ratePerS: number;
  warmupMs: number;
  durationMs: number;
  pollMs: number;
  /** A post not found this long after its write counts as lost. */
  giveUpMs: number;
}

export interface LagPost {
  /** Scheduled inside the measured window. */
  measured: boolean;
  sentAt: number;
  /** Mutation round trip, ms; null when the write failed. */
  writeMs: number | null;
  /** Found − written, ms; null when not found within giveUpMs (or the write failed). */
  lagMs: number | null;
  polls: number;
  error: string | null;
}

export interface LagResult {
  posts: LagPost[];
  pollLatenciesMs: number[];
  /** The measured window, as a rate denominator (s). */
  seconds: number;
}

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
const FIND = `query($i: SearchInput!) { search(input: $i) { total hits { sourceId } } }`;

async function run(job: LagJob): Promise<LagResult> {
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const post = (headers: Record<string, string>, payload: unknown) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(payload));
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': String(body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const posts: LagPost[] = [];
  const pollLatencies: number[] = [];
  const started = performance.now();
  const measureFrom = started + job.warmupMs;
  const measureUntil = measureFrom + job.durationMs;
  const count = job.words.length;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

  const scheduledAt = (i: number) => started + (i * 1000) / job.ratePerS;
  const writeAndFind = async (i: number): Promise<void> => {
    const word = job.words[i] as string;
    // In the window by schedule (a timer may fire a fraction of a millisecond early or late).
    const measured = scheduledAt(i) >= measureFrom && scheduledAt(i) < measureUntil;
    const p: LagPost = { measured, sentAt: performance.now(), writeMs: null, lagMs: null, polls: 0, error: null };
    posts.push(p);
    let id: string;
    let writtenAt: number;
    try {
      const r = await post(job.writerHeaders, {
        query: START,
        variables: {
          i: {
            groupId: job.groupId,
            kind: 'story',
            title: `Checking in: ${word}`,
            body: `${job.bodies[i % job.bodies.length]}\n\n(${word})`,
            tags: ['self-management'],
            anonymous: false,
          },
        },
      });
      writtenAt = performance.now();
      const parsed = JSON.parse(r.body) as { data?: { startThread?: { id: string } }; errors?: { message: string }[] };
      if (r.status !== 200 || !parsed.data?.startThread) throw new Error(`HTTP ${r.status}: ${r.body.slice(0, 200)}`);
      id = parsed.data.startThread.id;
      p.writeMs = writtenAt - p.sentAt;
    } catch (e) {
      p.error = `write: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    for (;;) {
      const t0 = performance.now();
      try {
        const r = await post(job.searcherHeaders, { query: FIND, variables: { i: { query: word, first: 5 } } });
        const t1 = performance.now();
        p.polls++;
        pollLatencies.push(t1 - t0);
        const parsed = JSON.parse(r.body) as { data?: { search?: { hits: { sourceId: string }[] } }; errors?: { message: string }[] };
        if (r.status !== 200 || !parsed.data?.search) throw new Error(`HTTP ${r.status}: ${r.body.slice(0, 200)}`);
        if (parsed.data.search.hits.some((h) => h.sourceId === id)) {
          p.lagMs = t1 - writtenAt;
          return;
        }
      } catch (e) {
        p.error ??= `search: ${e instanceof Error ? e.message : String(e)}`;
      }
      if (performance.now() - writtenAt > job.giveUpMs) return;
      await sleep(job.pollMs - (performance.now() - t0));
    }
  };

  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    await sleep(scheduledAt(i) - performance.now());
    inFlight.push(writeAndFind(i));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { posts, pollLatenciesMs: pollLatencies, seconds: job.durationMs / 1000 };
}

run(workerData as LagJob).then(
  (result) => parentPort?.postMessage(result),
  (e: unknown) => {
    throw e;
  },
);

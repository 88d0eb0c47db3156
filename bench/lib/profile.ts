import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * In-process CPU profiling of the main thread (where the measured server runs) through the
 * inspector protocol, and a summary of where the time went: by package and by function,
 * self time and inclusive time. The raw .cpuprofile opens in Chrome DevTools.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) =>
    session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))),
  );

export async function startProfiling(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
  await post(session, 'Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
    await post(session, 'Profiler.disable');
    session.disconnect();
    return profile;
  };
}

export function saveProfile(profile: CpuProfile, name: string): string {
  const dir = join(process.cwd(), 'tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

/** "graphql", "@nestjs/core", "kindred apps/api/src/…", "node:internal", "(garbage collector)"… */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node (core)';
  const app = url.indexOf('/apps/api/src/');
  if (app >= 0) return `kindred ${url.slice(app + '/apps/'.length).split('/').slice(0, 4).join('/')}`;
  if (url.includes('/bench/')) return 'bench';
  return url;
}

const shortUrl = (url: string) => {
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const app = url.indexOf('/apps/api/src/');
  if (app >= 0) return url.slice(app + 1);
  return url.replace(/^file:\/\//, '');
};

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  byPackage: { name: string; selfMs: number; inclusiveMs: number }[];
  byFunction: { name: string; selfMs: number }[];
  inclusive: { name: string; ms: number }[];
}

export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnKey = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : ''}`.trim();

  const selfFn = new Map<string, number>();
  const selfPkg = new Map<string, number>();
  const inclPkg = new Map<string, number>();
  const inclFn = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    total += dt;
    if (node.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    const key = fnKey(node);
    selfFn.set(key, (selfFn.get(key) ?? 0) + dt);
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    selfPkg.set(pkg, (selfPkg.get(pkg) ?? 0) + dt);
    // Inclusive: each package / function once per stack, however often it recurses.
    const seenPkg = new Set<string>();
    const seenFn = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id) as ProfileNode;
      if (n.callFrame.functionName === '(root)') break;
      seenPkg.add(packageOf(n.callFrame.url, n.callFrame.functionName));
      seenFn.add(fnKey(n));
    }
    for (const p of seenPkg) inclPkg.set(p, (inclPkg.get(p) ?? 0) + dt);
    for (const f of seenFn) inclFn.set(f, (inclFn.get(f) ?? 0) + dt);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    idleMs: idle,
    byPackage: sorted(selfPkg)
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, inclusiveMs: inclPkg.get(name) ?? 0 })),
    byFunction: sorted(selfFn)
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs })),
    inclusive: sorted(inclFn)
      .slice(0, top * 2)
      .map(([name, ms]) => ({ name, ms })),
  };
}

/** Human-readable lines: shares of the busy (non-idle) time. */
export function describeProfile(
  s: ProfileSummary,
  requests: number,
  unit: { plural: string; short: string } = { plural: 'requests', short: 'req' },
): string[] {
  const busy = s.totalMs - s.idleMs;
  const pct = (ms: number) => `${((ms / busy) * 100).toFixed(1).padStart(5)}%`;
  const per = (ms: number) => `${(ms / Math.max(1, requests)).toFixed(3).padStart(7)} ms/${unit.short}`;
  return [
    `  main thread (server) busy ${(busy / 1000).toFixed(1)} s of ${(s.totalMs / 1000).toFixed(1)} s (${requests} ${unit.plural}, ${(busy / Math.max(1, requests)).toFixed(2)} ms CPU each)`,
    '  self time by package (inclusive in parentheses):',
    ...s.byPackage.map((p) => `    ${pct(p.selfMs)} ${per(p.selfMs)}  ${p.name}  (${pct(p.inclusiveMs).trim()})`),
    '  self time by function:',
    ...s.byFunction.map((f) => `    ${pct(f.selfMs)} ${per(f.selfMs)}  ${f.name}`),
    '  inclusive time by function:',
    ...s.inclusive.map((f) => `    ${pct(f.ms)} ${per(f.ms)}  ${f.name}`),
  ];
}

import { compareResults, currentReadmeBlock, latestRecord, medianReading, recordFileName, renderReadmeBlock, replaceReadmeBlock, type BenchRecord } from './record';

const machine = { cpu_model: 'Test CPU', cores: 2, memory_gib: 8, node: '20.20.0', postgres: 'PostgreSQL 15.20', os: 'linux x64' };
const entry = (result: Record<string, unknown> | null) => ({ result: result && { scenario: 'x', ...result }, exit_code: 0, wall_s: 1, load_before: 1, load_after: 2, flags: [] });

describe('benchmark records', () => {
  it('names files by date then commit, so they sort by time', () => {
    expect(recordFileName(new Date('2025-12-06T05:12:33.456Z'), 'abcdef0123456789')).toBe('2025-12-06T051233Z-abcdef012345.json');
    const names = ['2025-12-06T051233Z-a.json', '2025-11-30T235959Z-b.json', '2025-12-06T051232Z-c.json'];
    expect([...names].sort().at(-1)).toBe('2025-12-06T051233Z-a.json');
  });

  it('picks the latest record, optionally full-size only', () => {
    const rs = [
      { date: '2025-12-01T00:00:00Z', quick: false, id: 1 },
      { date: '2025-12-03T00:00:00Z', quick: true, id: 2 },
      { date: '2025-12-02T00:00:00Z', quick: false, id: 3 },
    ];
    expect(latestRecord(rs)?.id).toBe(2);
    expect(latestRecord(rs, { full: true })?.id).toBe(3);
    expect(latestRecord([])).toBeNull();
  });

  it('flags a ratio or cpu_ratio more than 20 % worse, in each scenario’s direction', () => {
    const recorded = {
      'thread-read': { scenario: 'thread-read', ratio: 0.6, cpu_ratio: 0.6 },
      search: { scenario: 'search', ratio: 1.2, cpu_ratio: 0.5 },
      'index-lag': { scenario: 'index-lag', lag_p95_ms: 200 },
    };
    const fresh = {
      'thread-read': { scenario: 'thread-read', ratio: 0.47, cpu_ratio: 0.55 }, // 21.7 % lower: worse
      search: { scenario: 'search', ratio: 1.43, cpu_ratio: 0.61 }, // 19.2 % higher: within
      'index-lag': { scenario: 'index-lag', lag_p95_ms: 900 },
    };
    const rows = compareResults(recorded, fresh);
    const flag = (s: string, f: string) => rows.find((r) => r.scenario === s && r.field === f)?.flagged;
    expect(flag('thread-read', 'ratio')).toBe(true);
    expect(flag('thread-read', 'cpu_ratio')).toBe(false);
    expect(flag('search', 'ratio')).toBe(false);
    expect(flag('search', 'cpu_ratio')).toBe(false);
    expect(rows.some((r) => r.scenario === 'index-lag')).toBe(false);
    expect(compareResults({ search: { scenario: 'search', ratio: 1 } }, { search: { scenario: 'search', ratio: 1.25 } })[0]?.flagged).toBe(true);
    expect(compareResults({ search: { scenario: 'search', ratio: 1 } }, { search: null })[0]?.flagged).toBe(true);
  });

  it('judges a re-run scenario on the median of its readings, so one unlucky window is not a flag', () => {
    const recorded = { insights: { scenario: 'insights', ratio: 0.4 } };
    const runs = [
      { scenario: 'insights', ratio: 0.6, p95_ms: 130 }, // 50 % worse on its own
      { scenario: 'insights', ratio: 0.42, p95_ms: 100 },
      { scenario: 'insights', ratio: 0.45, p95_ms: 110 },
    ];
    const median = medianReading(runs);
    expect(median).toMatchObject({ ratio: 0.45, p95_ms: 130, runs: 3 });
    expect(compareResults(recorded, { insights: runs[0] ?? null })[0]?.flagged).toBe(true);
    expect(compareResults(recorded, { insights: median })[0]?.flagged).toBe(false);
    // A regression that holds stays flagged; a failed run is left out; no run gives no reading.
    expect(compareResults(recorded, { insights: medianReading([runs[0] ?? null, { scenario: 'insights', ratio: 0.55 }, null]) })[0]?.flagged).toBe(true);
    expect(medianReading([{ scenario: 'thread-read', ratio: 0.5, cpu_ratio: 0.6 }, { scenario: 'thread-read', ratio: 0.3, cpu_ratio: 0.4 }])).toMatchObject({ ratio: 0.4, cpu_ratio: 0.5 });
    expect(medianReading([null, null])).toBeNull();
  });

  it('renders the README block deterministically and replaces only the marked block', () => {
    const record: BenchRecord = {
      commit: '0123456789abcdef',
      date: '2025-12-06T05:12:33.000Z',
      dirty: false,
      quick: false,
      machine,
      scenarios: {
        'thread-read': entry({ ratio: 0.61, cpu_ratio: 0.64, rps: 100, baseline_rps: 164, cpu_ms: 3.1, baseline_cpu_ms: 2, p95_ms: 200, queries_10: 4, queries_200: 4, contract_ok: true }),
        web: entry({ pages: { home: { score: 98, lcp_ms: 1800, tbt_ms: 40, cls: 0.01, a11y: 100 } }, first_page_js_kb: 90.5, contract_ok: true }),
        other: entry({ widgets_per_s: 12.5, contract_ok: false }),
        broken: { ...entry(null), exit_code: 1 },
      },
    };
    const block = renderReadmeBlock(record, 'bench/results/x.json');
    expect(renderReadmeBlock(record, 'bench/results/x.json')).toBe(block);
    expect(block).toContain('| `thread-read` |');
    expect(block).toContain('0.610 (higher is better)');
    expect(block).toContain('home 98 (LCP 1,800 ms, TBT 40 ms, CLS 0.010, a11y 100)');
    expect(block).toContain('widgets_per_s 12.50');
    expect(block).toContain('no result (exit code 1)');
    const readme = `# Title\n\nbefore\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n`;
    const updated = replaceReadmeBlock(readme, block);
    expect(updated.startsWith('# Title\n\nbefore\n')).toBe(true);
    expect(updated.endsWith('\nafter\n')).toBe(true);
    expect(currentReadmeBlock(updated)).toBe(block);
    expect(() => replaceReadmeBlock('# no markers', block)).toThrow();
  });
});

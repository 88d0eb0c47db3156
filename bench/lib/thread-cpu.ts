import { readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) used so far by this process's main thread, where the server
 * under test runs; null where /proc is not available. Unlike throughput, CPU per request
 * barely moves when other work on a shared machine takes the CPUs away.
 * Resolution: one clock tick (10 ms), so read it over seconds, not per request.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is fields[0]; utime and stime are fields 14 and 15 of the full line.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

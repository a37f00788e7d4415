import { readdirSync, readFileSync } from 'node:fs';

// CPU time of each thread of a process (Linux /proc), to report CPU µs per event per
// thread: unlike events/s, it hardly depends on how many other processes share the cores,
// and it shows which thread limits throughput once there is a core for each.
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

export type ThreadCpu = Map<number, number>;

export function threadCpu(pid: number): ThreadCpu {
  const out: ThreadCpu = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * TICK_US);
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** µs per event: the main thread, the busiest other thread, and the whole process. */
export function cpuPerEvent(pid: number, before: ThreadCpu, after: ThreadCpu, events: number) {
  const used = [...after].map(([tid, us]) => ({ tid, us: us - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === pid)?.us ?? 0;
  const other = Math.max(0, ...used.filter((t) => t.tid !== pid).map((t) => t.us));
  const total = used.reduce((n, t) => n + t.us, 0);
  const per = (us: number) => Math.round((us / events) * 10) / 10;
  return { mainUs: per(main), busiestOtherUs: per(other), processUs: per(total) };
}

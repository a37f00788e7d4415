// Preloaded into the benchmark's server (node -r): counts its garbage collections by kind and
// writes the running totals to BENCH_GC_PROBE_FILE twice a second, so the benchmark can say
// how many full (mark-compact) GCs fell in its measured minute. Full GCs every few seconds
// were once the whole latency tail (docs/PERFORMANCE.md, "The PostgreSQL tail was full GCs").
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_GC_PROBE_FILE;
if (file) {
  const totals = { scavenges: 0, scavengeMs: 0, full: 0, fullMs: 0, incremental: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = entry.detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        totals.full++;
        totals.fullMs += entry.duration;
      } else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) totals.incremental++;
      else {
        totals.scavenges++;
        totals.scavengeMs += entry.duration;
      }
    }
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => writeFileSync(file, JSON.stringify(totals)), 500).unref();
}

import { cpus, loadavg, totalmem } from 'node:os';

/** What the figures were measured on, printed and stored with every result. */
export function machineFacts() {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** 1-minute load average: on a shared machine, figures mean little without it. */
export const loadAverage = () => Math.round(loadavg()[0] * 100) / 100;

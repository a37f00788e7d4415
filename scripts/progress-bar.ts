import cliProgress from 'cli-progress';

// A progress display for long CLI runs, the way `npm run seed` shows one: a redrawn
// cli-progress bar on a terminal, a line every 10 % in logs and CI, nothing with --quiet.

interface Progress {
  update(done: number, detail?: string): void;
  stop(): void;
}

export function progressBar(label: string, total: number, quiet: boolean): Progress {
  if (quiet || total === 0) return { update: () => {}, stop: () => {} };
  if (!process.stderr.isTTY) {
    let nextTenth = 1;
    return {
      update(done, detail) {
        const fraction = done / total;
        if (fraction * 10 < nextTenth) return;
        nextTenth = Math.floor(fraction * 10) + 1;
        console.error(`${label}: ${Math.round(fraction * 100)}% — ${done}/${total}${detail ? ` ${detail}` : ''}`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} |{bar}| {percentage}% | {value}/{total} {detail} | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: '' });
  let stopped = false;
  return {
    update: (done, detail) => bar.update(done, { detail: detail ?? '' }),
    stop() {
      if (!stopped) bar.stop();
      stopped = true;
    },
  };
}

// Fresh ids for nodes, cases and segment keys. Not crypto.randomUUID: that needs a secure
// context, and the app may be served over plain http on a LAN.

export function randomId(prefix: string, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `${prefix}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** `base` if free, else `base-2`, `base-3`… (keys are at most 64 characters). */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  const clean = base.slice(0, 56);
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const key = `${clean.replace(/-\d+$/, '')}-${i}`;
    if (!taken.has(key)) return key;
  }
}

'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * A debounced value that passes the first change after a quiet spell through at once and
 * then waits for `ms` of quiet: a single edit (a picked operator) counts immediately, while
 * a burst of keystrokes is counted once when the typing pauses.
 */
export function useLeadingDebounce<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(0);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const quiet = now - lastChange.current > ms;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

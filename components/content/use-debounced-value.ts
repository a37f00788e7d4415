'use client';

import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `ms`, with its key (compared by `key`, so equal drafts do not restart the wait). */
export function useDebouncedValue<T>(value: T, key: string, ms: number): { key: string; value: T } {
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
  }, [key, value, settled.key, ms]);
  return settled;
}

'use client';

import { useState } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { saveTree } from './api';

/** The tree's name, edited in place; saved on Enter or when the field loses focus. */
export function TreeName({ treeId, initialName, disabled, onError }: { treeId: string; initialName: string; disabled: boolean; onError(message: string): void }) {
  const [name, setName] = useState(initialName);
  const [saved, setSaved] = useState(initialName);
  const commit = async () => {
    const next = name.trim();
    if (!next) return setName(saved);
    if (next === saved) return;
    try {
      await saveTree(treeId, { name: next });
      setSaved(next);
      setName(next);
    } catch (error) {
      setName(saved);
      onError(errorMessage(error));
    }
  };
  return (
    <input
      aria-label="Tree name"
      data-testid="tree-name"
      value={name}
      disabled={disabled}
      maxLength={100}
      onChange={(e) => setName(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setName(saved);
          e.currentTarget.blur();
        }
      }}
      className="w-56 min-w-0 truncate rounded-md px-1.5 py-1 text-base font-semibold text-slate-900 hover:bg-slate-100 focus:bg-white focus:ring-2 focus:ring-brand-600 focus:outline-none disabled:bg-transparent"
    />
  );
}

'use client';

import type { TreeListItem } from '@/components/hooks/queries/use-trees-query';
import { describedBy, inputClasses } from '@/components/ui/field';

/** Published trees only (a slot follows a published version); "" is no tree: the default variant only. */
export function TreeSelect({
  id,
  trees,
  value,
  onChange,
  error,
}: {
  id: string;
  trees: TreeListItem[];
  value: string;
  onChange: (treeId: string) => void;
  error?: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClasses} {...describedBy(id, error, true)}>
      <option value="">No tree: everyone sees the default variant</option>
      {trees.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name} (v{t.publishedVersion}, {t.segments?.length ?? 0} segments)
        </option>
      ))}
    </select>
  );
}

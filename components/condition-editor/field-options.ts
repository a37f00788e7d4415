import type { FieldOption } from '@/lib/condition-editor/catalogue';
import { BADGE_LABELS } from '@/lib/condition-editor/labels';
import type { ComboOption } from './combobox';

// Catalogue entries as combobox options: the stored path, how often it was seen and its most
// frequent values, so the marketer picks the field that really holds data.

function formatTop(option: FieldOption): string {
  return option.topValues.slice(0, 4).map((t) => (typeof t.value === 'string' ? t.value : String(t.value))).join(', ');
}

export function fieldComboOptions(options: readonly FieldOption[], sampled?: number): ComboOption[] {
  return options.map((o) => {
    const seen = o.present !== undefined && sampled ? `in ${Math.round((100 * o.present) / sampled)}% of sampled` : undefined;
    const top = formatTop(o);
    return {
      value: o.value,
      label: o.label,
      group: o.group,
      badge: BADGE_LABELS[o.badge] ?? o.badge,
      detail: [o.value !== o.label ? o.value : undefined, seen, top && `e.g. ${top}`].filter(Boolean).join(' · '),
    };
  });
}

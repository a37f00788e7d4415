'use client';

import { Fragment } from 'react';
import { PlaceholderHelp, usePlaceholderTarget } from '@/components/content/placeholder-help';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/field';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import { EMPTY_CONTENT } from '@/lib/content-editor/variant-draft';
import { MAX_ARMS } from '@/lib/experiments/arms';
import { ArmContentEditor, armContentErrors, useArmPreviews } from './arm-content-editor';
import { type ArmDraft, evenWeights, newArm } from './form-draft';

/** The "Shows" choice for an arm's own content; '' is the normal content, anything else a variant id. */
const NEW_CONTENT = '__new_content__';

/**
 * Control first, then the variants, each with its share of traffic in %, and what each shows:
 * the visitor's normal content, a variant of the slot, or new content of the arm's own (edited
 * and previewed here). `locked`: the experiment has started, so only weights change (arms keep
 * their keys and content).
 */
export function ArmsEditor({
  arms,
  slot,
  segment,
  locked,
  disabled,
  errors,
  onChange,
}: {
  arms: ArmDraft[];
  /** The experiment's slot: its variants to choose from, and the preview route's slot. */
  slot: { id: string; treeId: string | null; variants: { id: string; name: string; segmentKey: string | null }[] } | undefined;
  /** The experiment's segment (null: every segment): new content is previewed for one of its members. */
  segment: { key: string | null; name: string };
  locked: boolean;
  disabled?: boolean;
  errors: Record<string, string | undefined>;
  onChange: (arms: ArmDraft[]) => void;
}) {
  const total = arms.reduce((s, a) => s + (Number(a.weight) || 0), 0);
  const off = Math.abs(total - 100) > 1e-6;
  const set = (i: number, change: Partial<ArmDraft>) => onChange(arms.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const even = () => {
    const w = evenWeights(arms.length);
    onChange(arms.map((a, i) => ({ ...a, weight: w[i] })));
  };
  const variants = slot?.variants ?? [];
  const previewOf = useArmPreviews(slot?.id ?? '', slot?.treeId ?? null, segment.key, arms);
  const placeholders = usePlaceholderTarget();
  const showsOf = (arm: ArmDraft) => (arm.content ? NEW_CONTENT : arm.variantId);
  const choose = (i: number, value: string) =>
    set(i, value === NEW_CONTENT ? { variantId: '', content: arms[i].content ?? { ...EMPTY_CONTENT } } : { variantId: value, content: null });
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="sr-only">Arms</legend>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-xs text-slate-500">
              <th scope="col" className="py-1.5 pr-2 font-medium">Arm</th>
              <th scope="col" className="py-1.5 pr-2 font-medium">Key</th>
              <th scope="col" className="py-1.5 pr-2 font-medium">Shows</th>
              <th scope="col" className="py-1.5 pr-2 font-medium">Traffic %</th>
              <th scope="col" className="py-1.5"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {arms.map((arm, i) => {
              const err = (f: string) => errors[`arms.${i}.${f}`];
              return (
                <Fragment key={i}>
                  <tr className="align-top" data-testid="arm-row">
                    <td className="py-1.5 pr-2">
                      <input aria-label={`Arm ${i + 1} name`} value={arm.name} onChange={(e) => set(i, { name: e.target.value })} className={inputClasses} aria-invalid={!!err('name') || undefined} />
                      {i === 0 && <span className="text-xs text-slate-500">Control: every variant is compared with it.</span>}
                      {err('name') && <p className="text-xs font-medium text-red-600">{err('name')}</p>}
                    </td>
                    <td className="w-32 py-1.5 pr-2">
                      <input aria-label={`Arm ${i + 1} key`} value={arm.key} disabled={locked} onChange={(e) => set(i, { key: e.target.value })} className={cn(inputClasses, 'font-mono')} aria-invalid={!!err('key') || undefined} />
                      {err('key') && <p className="text-xs font-medium text-red-600">{err('key')}</p>}
                    </td>
                    <td className="py-1.5 pr-2">
                      <select aria-label={`Arm ${i + 1} content`} value={showsOf(arm)} disabled={locked} onChange={(e) => choose(i, e.target.value)} className={inputClasses}>
                        <option value="">Normal content (control)</option>
                        {variants.length > 0 && (
                          <optgroup label="A slot variant">
                            {variants.map((v) => (
                              <option key={v.id} value={v.id}>{v.name}{v.segmentKey ? ` (${v.segmentKey})` : ''}</option>
                            ))}
                          </optgroup>
                        )}
                        <option value={NEW_CONTENT}>New content</option>
                      </select>
                      {err('variantId') && <p className="text-xs font-medium text-red-600">{err('variantId')}</p>}
                    </td>
                    <td className="w-28 py-1.5 pr-2">
                      <input aria-label={`Arm ${i + 1} traffic %`} inputMode="decimal" value={arm.weight} onChange={(e) => set(i, { weight: e.target.value })} className={cn(inputClasses, 'text-right tabular-nums')} aria-invalid={!!err('weight') || undefined} />
                      {err('weight') && <p className="text-xs font-medium text-red-600">{err('weight')}</p>}
                    </td>
                    <td className="py-1.5">
                      {i > 0 && !locked && arms.length > 2 && (
                        <Button variant="ghost" size="sm" aria-label={`Remove arm ${arm.name}`} onClick={() => onChange(arms.filter((_, j) => j !== i))}>
                          <TrashIcon className="size-4" />
                        </Button>
                      )}
                    </td>
                  </tr>
                  {arm.content && (
                    <tr>
                      <td colSpan={5} className="pb-3">
                        <ArmContentEditor
                          index={i}
                          arm={{ ...arm, content: arm.content }}
                          segment={segment}
                          errors={armContentErrors(arm.content, i, errors)}
                          preview={previewOf(i)}
                          disabled={locked || !!disabled}
                          onChange={(content) => set(i, { content })}
                          onFieldFocus={placeholders.onFieldFocus}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {!locked && arms.length < MAX_ARMS && (
          <Button variant="secondary" size="sm" onClick={() => onChange([...arms, newArm(arms.length)])}>
            <PlusIcon className="size-3.5" /> Add variant
          </Button>
        )}
        <Button variant="ghost" size="sm" onClick={even}>Split evenly</Button>
        <span role="status" className={cn('text-sm tabular-nums', off ? 'font-medium text-red-600' : 'text-slate-500')} data-testid="weights-total">
          Total {Math.round(total * 1000) / 1000} %{off ? ' — must be 100 %' : ''}
        </span>
        {locked && <span className="text-xs text-slate-500">Running: only the traffic split can change. Visitors already in an arm stay there.</span>}
      </div>
      {errors.arms && <p className="text-xs font-medium text-red-600">{errors.arms}</p>}
      {!locked && arms.some((a) => a.content) && (
        <PlaceholderHelp disabled={!!disabled || !placeholders.hasTarget} onInsert={placeholders.insert} />
      )}
    </fieldset>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Switch } from '@/components/ui/switch';
import { groupCondition, newCondition } from '@/lib/condition-editor/condition-drafts';
import { groupHint } from '@/lib/condition-editor/hints';
import { moveItem, omitKey, removeAt, replaceAt } from '@/lib/condition-editor/list-moves';
import { MAX_GROUP_CONDITIONS, MAX_GROUP_DEPTH } from '@/lib/segments/limits';
import type { Condition, GroupCondition } from '@/lib/segments/schema/conditions';
import { ConditionNode } from './condition-node';
import { type Path, useEditor } from './editor-context';
import { HintText, IssueText, useIssueProps } from './issue-text';

// AND / OR of conditions, optionally negated. `depth` is this group's level (1 = outermost);
// a group inside it would be level depth + 1, refused past MAX_GROUP_DEPTH.

const JOIN = { and: 'and', or: 'or' } as const;

export function GroupEditor({ id, path, value, onChange, depth }: { id: string; path: Path; value: GroupCondition; onChange(next: GroupCondition): void; depth: number }) {
  const env = useEditor();
  const list = useIssueProps([...path, 'conditions'], `${id}-conditions`);
  const children = value.conditions;
  const setChildren = (conditions: Condition[]) => onChange({ ...value, conditions });
  const full = children.length >= MAX_GROUP_CONDITIONS;
  const canNest = depth < MAX_GROUP_DEPTH;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="radiogroup" aria-label="Match" className="inline-flex rounded-lg bg-slate-100 p-0.5 text-xs font-medium">
          {(['and', 'or'] as const).map((c) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={value.combinator === c}
              disabled={env.disabled}
              className={cn('rounded-md px-2.5 py-1', value.combinator === c ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
              onClick={() => onChange({ ...value, combinator: c })}
            >
              {c === 'and' ? 'All of' : 'Any of'}
            </button>
          ))}
        </div>
        <Switch
          id={`${id}-not`}
          label="Not"
          checked={!!value.not}
          disabled={env.disabled}
          onChange={(not) => onChange(not ? { ...value, not: true } : omitKey(value, 'not'))}
        />
      </div>
      <HintText>{groupHint(value.combinator, !!value.not, children.length)}</HintText>

      <ol className="space-y-1.5">
        {children.map((child, i) => (
          <li key={i}>
            {i > 0 && <div className="py-0.5 pl-3 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{JOIN[value.combinator]}</div>}
            <ChildCard
              id={`${id}-c${i}`}
              path={[...path, 'conditions', i]}
              index={i}
              count={children.length}
              value={child}
              groupDepth={depth}
              onChange={(next) => setChildren(replaceAt(children, i, next))}
              onMove={(to) => setChildren(moveItem(children, i, to))}
              onRemove={() => setChildren(removeAt(children, i))}
            />
          </li>
        ))}
      </ol>
      <IssueText id={list.errorId} issues={list.issues} />

      <div className="flex flex-wrap gap-1.5">
        <Button variant="secondary" size="sm" disabled={env.disabled || full} onClick={() => setChildren([...children, newCondition('attribute', env)])}>
          + Add condition
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={env.disabled || full || !canNest}
          title={canNest ? undefined : `Groups nest at most ${MAX_GROUP_DEPTH} levels deep.`}
          onClick={() => setChildren([...children, groupCondition(env)])}
        >
          + Add group
        </Button>
      </div>
      {!canNest && <p className="text-[11px] text-slate-500">Groups nest at most {MAX_GROUP_DEPTH} levels deep.</p>}
    </div>
  );
}

function ChildCard({ id, path, index, count, value, groupDepth, onChange, onMove, onRemove }: {
  id: string; path: Path; index: number; count: number; value: Condition; groupDepth: number;
  onChange(next: Condition): void; onMove(to: number): void; onRemove(): void;
}) {
  const env = useEditor();
  const n = index + 1;
  const title = value?.type === 'group' ? `Group ${n}` : `Condition ${n}`;
  const iconButton = 'rounded-md px-1.5 py-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-30';
  return (
    <section
      role="group"
      aria-label={title}
      className={cn('rounded-lg border bg-white p-2.5 shadow-xs', value?.type === 'group' ? 'border-brand-200 bg-brand-50/30' : 'border-slate-200')}
    >
      <header className="mb-2 flex items-center gap-1">
        <h4 className="flex-1 truncate text-xs font-semibold text-slate-500">
          {title}
        </h4>
        <button type="button" aria-label={`Move ${title.toLowerCase()} up`} className={iconButton} disabled={env.disabled || index === 0} onClick={() => onMove(index - 1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${title.toLowerCase()} down`} className={iconButton} disabled={env.disabled || index === count - 1} onClick={() => onMove(index + 1)}>
          ↓
        </button>
        <button type="button" aria-label={`Remove ${title.toLowerCase()}`} className={iconButton} disabled={env.disabled} onClick={onRemove}>
          ×
        </button>
      </header>
      <ConditionNode id={id} path={path} value={value} onChange={onChange} groupDepth={groupDepth} />
    </section>
  );
}

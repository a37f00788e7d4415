'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { CONDITION_KINDS, type ConditionKind, convertCondition } from '@/lib/condition-editor/condition-drafts';
import { KIND_LABELS } from '@/lib/condition-editor/labels';
import { MAX_GROUP_DEPTH } from '@/lib/segments/limits';
import type { Condition } from '@/lib/segments/schema/conditions';
import { AttributeEditor } from './attribute-editor';
import { ContextEditor, ScoreEditor } from './closed-field-editors';
import { type Path, useEditor } from './editor-context';
import { EventEditor } from './event-editor';
import { GroupEditor } from './group-editor';
import { IssueText, useIssueProps } from './issue-text';
import { SegmentEditor } from './segment-editor';

// One condition of any kind: the kind picker, then that kind's inputs. `groupDepth` counts
// the groups around it, so a group here would be at groupDepth + 1.

export function ConditionNode({ id, path, value, onChange, groupDepth }: { id: string; path: Path; value: Condition; onChange(next: Condition): void; groupDepth: number }) {
  const env = useEditor();
  const card = useIssueProps(path, `${id}-card`);
  const canBeGroup = groupDepth < MAX_GROUP_DEPTH;
  const known = (CONDITION_KINDS as readonly string[]).includes(value?.type);
  return (
    <div className="space-y-2">
      <select
        id={`${id}-kind`}
        aria-label="Condition type"
        disabled={env.disabled}
        className={cn(inputClasses, 'font-medium')}
        value={known ? value.type : ''}
        onChange={(e) => onChange(convertCondition(value, e.target.value as ConditionKind, env))}
      >
        {!known && <option value="">Choose…</option>}
        {CONDITION_KINDS.map((kind) => (
          <option key={kind} value={kind} disabled={kind === 'group' && !canBeGroup && value?.type !== 'group'}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      <KindEditor id={id} path={path} value={value} onChange={onChange} groupDepth={groupDepth} />
      <IssueText id={card.errorId} issues={card.issues} />
    </div>
  );
}

function KindEditor({ id, path, value, onChange, groupDepth }: { id: string; path: Path; value: Condition; onChange(next: Condition): void; groupDepth: number }) {
  switch (value?.type) {
    case 'attribute':
      return <AttributeEditor id={id} path={path} value={value} onChange={onChange} />;
    case 'event':
      return <EventEditor id={id} path={path} value={value} onChange={onChange} />;
    case 'context':
      return <ContextEditor id={id} path={path} value={value} onChange={onChange} />;
    case 'score':
      return <ScoreEditor id={id} path={path} value={value} onChange={onChange} />;
    case 'segment':
      return <SegmentEditor id={id} path={path} value={value} onChange={onChange} />;
    case 'group':
      return <GroupEditor id={id} path={path} value={value} onChange={onChange} depth={groupDepth + 1} />;
    default:
      return null;
  }
}

'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field, inputClasses } from '@/components/ui/field';
import { formatNumber } from '@/components/ui/format';
import { ChevronDownIcon, PlusIcon, TrashIcon } from '@/components/ui/icons';
import type { SegmentNode, SplitNode, SwitchNode, TreeDocument, TreeNode } from '@/lib/segments';
import { formatShare } from '@/lib/tree-graph/counts';
import { addCase, moveCase, removeCase, updateCase, updateNode } from '@/lib/tree-graph/edit';
import type { IssueNote } from '@/lib/tree-graph/to-flow';
import { ConditionEditor, defaultCondition } from '@/components/condition-editor';
import { SegmentPanel } from '@/components/segment-panel/segment-panel';
import type { PreviewResponse, SchemaResponse } from './api';
import { KIND_STYLE } from './nodes/kind-style';

type Edit = (change: (doc: TreeDocument) => TreeDocument, group?: string) => void;

interface InspectorProps {
  treeId: string;
  doc: TreeDocument;
  selected: TreeNode[];
  counts?: PreviewResponse;
  issues: ReadonlyMap<string, IssueNote[]>;
  schema: SchemaResponse;
  edit: Edit;
  readOnly: boolean;
  onSelect(nodeId: string): void;
  onDeleteSelection(): void;
}

/** The side panel: edits the selected node, or gives an overview of the tree. */
export function Inspector(props: InspectorProps) {
  const { selected } = props;
  return (
    <aside className="flex w-84 shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white" aria-label="Inspector" data-testid="inspector">
      {selected.length === 1 ? (
        <NodeInspector {...props} node={selected[0]} />
      ) : selected.length > 1 ? (
        <Section title={`${selected.length} nodes selected`}>
          <p className="text-sm text-slate-600">Copy with Ctrl+C and paste with Ctrl+V; connections between them come along.</p>
          {!props.readOnly && (
            <Button variant="secondary" className="mt-3" onClick={props.onDeleteSelection}>
              <TrashIcon className="size-4" /> Delete selection
            </Button>
          )}
        </Section>
      ) : (
        <Overview {...props} />
      )}
    </aside>
  );
}

function Section({ title, children, className }: { title: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn('border-b border-slate-100 px-4 py-4', className)}>
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function NodeInspector(props: InspectorProps & { node: TreeNode }) {
  const { node, edit, readOnly, counts, issues, doc } = props;
  const count = counts?.nodes[node.id];
  const setLabel = (label: string) => edit((d) => updateNode<SplitNode | SwitchNode>(d, node.id, (n) => ({ ...n, data: { ...n.data, label } }) as typeof n), `label:${node.id}`);
  return (
    <>
      <div className="border-b border-slate-100 px-4 pt-4 pb-3">
        <span className={cn('rounded-md px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase', KIND_STYLE[node.type].badge)}>{KIND_STYLE[node.type].label}</span>
        <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="inspector-count">
          {count === undefined ? '—' : formatNumber(count)} <span className="text-sm font-normal text-slate-500">profiles</span>
        </p>
        <NodeIssues notes={issues.get(node.id) ?? []} />
      </div>
      {node.type === 'root' && (
        <Section title="Start">
          <p className="text-sm text-slate-600">
            Every profile of the workspace starts here, except those who have not consented to personalisation
            {counts ? ` (${formatNumber(counts.excludedNoConsent)} now)` : ''}. Connect its branch to the first split.
          </p>
        </Section>
      )}
      {node.type === 'split' && (
        <Section title="Condition">
          <Field id="node-label" label="Label" hint="Optional: shown on the node instead of the condition.">
            <input id="node-label" className={inputClasses} value={node.data.label ?? ''} disabled={readOnly} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Adults" />
          </Field>
          <div className="mt-4">
            <ConditionEditor
              value={node.data.condition}
              schema={props.schema}
              treeId={props.treeId}
              disabled={readOnly}
              onChange={(condition) => edit((d) => updateNode<SplitNode>(d, node.id, (n) => ({ ...n, data: { ...n.data, condition } })), `condition:${node.id}`)}
            />
          </div>
          <p className="mt-3 text-xs text-slate-500">Profiles that match go down <b>Yes</b>, the others down <b>No</b>.</p>
        </Section>
      )}
      {node.type === 'switch' && <SwitchCases {...props} node={node} setLabel={setLabel} />}
      {node.type === 'segment' && (
        <Section title="Segment">
          <SegmentPanel
            treeId={props.treeId}
            node={node}
            counts={counts}
            total={counts?.total ?? 0}
            document={doc}
            disabled={readOnly}
            onChange={(next) => edit((d) => updateNode<SegmentNode>(d, node.id, () => next), `segment:${node.id}`)}
          />
        </Section>
      )}
    </>
  );
}

function SwitchCases(props: InspectorProps & { node: SwitchNode; setLabel(label: string): void }) {
  const { node, edit, readOnly, counts, schema } = props;
  const unassigned = counts?.unassignedAt[node.id] ?? {};
  return (
    <Section title="Cases, in order">
      <Field id="node-label" label="Label" hint="Optional: what this switch decides.">
        <input id="node-label" className={inputClasses} value={node.data.label ?? ''} disabled={readOnly} onChange={(e) => props.setLabel(e.target.value)} placeholder="e.g. Plan" />
      </Field>
      <ol className="mt-4 space-y-3">
        {node.data.cases.map((c, i) => (
          <li key={c.id} className="rounded-lg ring-1 ring-slate-200" data-testid={`case-${c.id}`}>
            <div className="flex items-center gap-1 border-b border-slate-100 px-2 py-1.5">
              <span className="w-5 text-center text-xs font-semibold text-slate-400">{i + 1}</span>
              <input
                aria-label={`Case ${i + 1} label`}
                className="min-w-0 flex-1 rounded px-1.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:ring-2 focus:ring-brand-600 focus:outline-none"
                value={c.label ?? ''}
                disabled={readOnly}
                placeholder={`Case ${i + 1}`}
                onChange={(e) => edit((d) => updateCase(d, node.id, c.id, { label: e.target.value }), `case-label:${node.id}:${c.id}`)}
              />
              {!readOnly && (
                <>
                  <IconButton label={`Move case ${i + 1} up`} disabled={i === 0} onClick={() => edit((d) => moveCase(d, node.id, c.id, -1))}>
                    <ChevronDownIcon className="size-4 rotate-180" />
                  </IconButton>
                  <IconButton label={`Move case ${i + 1} down`} disabled={i === node.data.cases.length - 1} onClick={() => edit((d) => moveCase(d, node.id, c.id, 1))}>
                    <ChevronDownIcon className="size-4" />
                  </IconButton>
                  <IconButton label={`Remove case ${i + 1}`} disabled={node.data.cases.length === 1} onClick={() => edit((d) => removeCase(d, node.id, c.id))}>
                    <TrashIcon className="size-4" />
                  </IconButton>
                </>
              )}
            </div>
            <div className="p-2">
              <ConditionEditor
                value={c.condition}
                schema={schema}
                treeId={props.treeId}
                disabled={readOnly}
                onChange={(condition) => edit((d) => updateCase(d, node.id, c.id, { condition }), `case:${node.id}:${c.id}`)}
              />
            </div>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => edit((d) => addCase(d, node.id, defaultCondition(schema)))} disabled={node.data.cases.length >= 20}>
          <PlusIcon className="size-4" /> Add case
        </Button>
      )}
      <p className="mt-3 text-xs text-slate-500">
        The first case that matches wins; the rest go down <b>Else</b>
        {unassigned.else !== undefined ? ` (${formatNumber(unassigned.else)} unassigned while it is open)` : ''}.
      </p>
    </Section>
  );
}

function IconButton({ label, children, ...rest }: { label: string } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" aria-label={label} title={label} className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 disabled:opacity-30" {...rest}>
      {children}
    </button>
  );
}

function NodeIssues({ notes }: { notes: IssueNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {notes.map((n) => (
        <li key={n.message} className={cn('rounded-md px-2 py-1 text-xs', n.severity === 'error' ? 'bg-red-50 text-red-700' : 'bg-amber-50 text-amber-800')}>
          {n.message}
        </li>
      ))}
    </ul>
  );
}

function Overview({ doc, counts, issues, onSelect }: InspectorProps) {
  const segments = doc.nodes.filter((n): n is SegmentNode => n.type === 'segment');
  const all = [...issues.entries()].flatMap(([nodeId, notes]) => notes.map((n) => ({ ...n, nodeId })));
  return (
    <>
      <Section title="Audience">
        {counts ? (
          <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="overview-counts">
            <Stat label="All profiles" value={formatNumber(counts.total)} />
            <Stat label="Excluded: no consent" value={formatNumber(counts.excludedNoConsent)} testId="overview-excluded" />
            <Stat label="In segments" value={formatNumber(Object.values(counts.segments).reduce((a, b) => a + b, 0))} />
            <Stat label="Unassigned" value={formatNumber(counts.unassigned)} testId="overview-unassigned" tone={counts.unassigned > 0 ? 'amber' : undefined} />
          </dl>
        ) : (
          <p className="text-sm text-slate-500">Counts appear once the draft is counted.</p>
        )}
      </Section>
      <Section title={`Segments (${segments.length})`}>
        {segments.length === 0 ? (
          <p className="text-sm text-slate-500">Drag a segment from the palette and connect a branch to it.</p>
        ) : (
          <ul className="space-y-1.5">
            {segments.map((s) => {
              const size = counts?.segments[s.data.key];
              return (
                <li key={s.id}>
                  <button type="button" onClick={() => onSelect(s.id)} className="flex w-full items-center gap-2 rounded-md px-1.5 py-1 text-left text-sm hover:bg-slate-50">
                    <span className="size-2.5 rounded-full" style={{ backgroundColor: s.data.color }} />
                    <span className="min-w-0 flex-1 truncate">{s.data.name || s.data.key}</span>
                    <span className="text-xs text-slate-500 tabular-nums">
                      {size === undefined ? '—' : `${formatNumber(size)} · ${formatShare(counts && size / counts.total)}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      {all.length > 0 && (
        <Section title="Problems and hints">
          <ul className="space-y-1.5" data-testid="overview-issues">
            {all.map((n, i) => (
              <li key={i}>
                <button
                  type="button"
                  disabled={!n.nodeId}
                  onClick={() => n.nodeId && onSelect(n.nodeId)}
                  className={cn('w-full rounded-md px-2 py-1 text-left text-xs', n.severity === 'error' ? 'bg-red-50 text-red-700' : 'bg-amber-50 text-amber-800', n.nodeId && 'hover:brightness-95')}
                >
                  {n.message}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function Stat({ label, value, testId, tone }: { label: string; value: string; testId?: string; tone?: 'amber' }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={cn('font-semibold tabular-nums', tone === 'amber' ? 'text-amber-700' : 'text-slate-900')} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

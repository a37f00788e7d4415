'use client';

import { useEffect, useId, useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { useTreeVersionsQuery } from '@/components/hooks/queries/use-tree-versions-query';
import { useTreesQuery } from '@/components/hooks/queries/use-trees-query';
import { useWorkspaceSettingsQuery } from '@/components/hooks/queries/use-workspace-settings-query';
import { Alert } from '@/components/ui/alert';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { formatNumber } from '@/components/ui/format';
import { type SegmentNode, type TreeDocument } from '@/lib/segments';
import { SEGMENT_KEY } from '@/lib/segments/schema/common';
import { checkSegmentMinimum } from '@/lib/segment-size/segment-minimum';
import { SegmentColorPicker } from './segment-color-picker';
import { SegmentMembers } from './segment-members';

/** What the panel reads from the latest preview (POST /api/v1/preview). */
export type PreviewCounts = { total: number; nodes: Record<string, number>; segments: Record<string, number>; asOf?: string };

const KEY_FORMAT = "Use 1–64 lower-case letters, digits, '-' or '_', starting with a letter or digit.";

/**
 * The segment inspector: name, key (unique in the workspace), colour; its size now and at
 * each published version; a warning below the workspace minimum; sample members with the
 * path that placed them. Edits go out through onChange only when valid.
 */
export function SegmentPanel({
  treeId,
  node,
  onChange,
  counts,
  total,
  document,
  disabled = false,
}: {
  treeId: string;
  node: SegmentNode;
  onChange: (next: SegmentNode) => void;
  counts: PreviewCounts | null | undefined;
  total: number;
  /** The editor's current draft, for sample members; default: the saved draft. */
  document?: TreeDocument;
  /** Read-only (a viewer): the fields show the segment but cannot change it. */
  disabled?: boolean;
}) {
  const { workspaceId } = useWorkspace();
  const id = useId();
  const trees = useTreesQuery(workspaceId);
  const versions = useTreeVersionsQuery(treeId);
  const settings = useWorkspaceSettingsQuery(workspaceId);
  const [name, setName] = useState(node.data.name);
  const [key, setKey] = useState(node.data.key);
  // A different node selected (or an undo) resets the fields.
  useEffect(() => {
    setName(node.data.name);
    setKey(node.data.key);
  }, [node.id, node.data.name, node.data.key]);

  const owner = trees.data?.find((t) => t.id !== treeId && t.segments?.some((s) => s.key === key));
  const otherNodeHasKey = key !== node.data.key && counts !== undefined && counts !== null && key in counts.segments;
  const keyError = !SEGMENT_KEY.test(key)
    ? KEY_FORMAT
    : owner
      ? `Tree “${owner.name}” already uses this key; keys are unique in the workspace.`
      : otherNodeHasKey
        ? 'Another segment of this tree uses this key.'
        : undefined;
  const nameError = name.trim() === '' ? 'Name the segment.' : name.length > 100 ? 'Segment names are at most 100 characters.' : undefined;

  const size = counts ? (counts.segments[node.data.key] ?? counts.nodes[node.id] ?? 0) : null;
  const minimum = settings.data && size !== null ? checkSegmentMinimum(size, total, settings.data) : null;
  const share = size !== null && total > 0 ? (size / total) * 100 : null;

  return (
    <section aria-label={`Segment ${node.data.name}`} className="space-y-5">
      <div className="grid gap-4">
        <Field id={`${id}-name`} label="Segment name" error={nameError}>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            disabled={disabled}
            onChange={(e) => {
              setName(e.target.value);
              if (e.target.value.trim()) onChange({ ...node, data: { ...node.data, name: e.target.value } });
            }}
            className={inputClasses}
            {...describedBy(`${id}-name`, nameError)}
          />
        </Field>
        <Field id={`${id}-key`} label="Segment key" hint="How the evaluation API and content name this segment. Unique in the workspace." error={keyError}>
          <input
            id={`${id}-key`}
            value={key}
            maxLength={64}
            spellCheck={false}
            disabled={disabled}
            onChange={(e) => {
              const next = e.target.value.toLowerCase();
              setKey(next);
              const taken = trees.data?.some((t) => t.id !== treeId && t.segments?.some((s) => s.key === next));
              if (SEGMENT_KEY.test(next) && !taken && !(counts && next !== node.data.key && next in counts.segments)) {
                onChange({ ...node, data: { ...node.data, key: next } });
              }
            }}
            className={`${inputClasses} font-mono`}
            {...describedBy(`${id}-key`, keyError, true)}
          />
        </Field>
        <div>
          <p className="mb-1.5 text-sm font-medium text-slate-700">Colour</p>
          <SegmentColorPicker value={node.data.color} disabled={disabled} onChange={(color) => onChange({ ...node, data: { ...node.data, color } })} />
        </div>
      </div>

      <div>
        <p className="text-sm font-medium text-slate-700">Size</p>
        {size === null ? (
          <p className="text-sm text-slate-500">Counting…</p>
        ) : (
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="segment-size">
            {formatNumber(size)}
            {share !== null && <span className="ml-2 text-sm font-normal text-slate-500">{share < 0.1 && share > 0 ? '<0.1' : share.toFixed(1)}% of all profiles</span>}
          </p>
        )}
        {minimum?.below && (
          <Alert tone="warning" title="Smaller than the workspace minimum" className="mt-2">
            {`Under ${formatNumber(minimum.threshold)} profiles (${minimum.rule === 'size' ? 'the minimum size' : `${settings.data!.minSegmentPercent}% of all profiles`}). `}
            Over-segmentation: segments this small rarely get enough traffic for their own content or a conclusive experiment — consider merging it with a neighbour.
          </Alert>
        )}
      </div>

      <div>
        <p className="mb-1.5 text-sm font-medium text-slate-700">Size at each published version</p>
        {versions.data && versions.data.length > 0 ? (
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Size of this segment at each published version</caption>
            <tbody className="divide-y divide-slate-100">
              {versions.data.map((v) => (
                <tr key={v.version}>
                  <th scope="row" className="py-1 font-medium text-slate-600">Version {v.version}</th>
                  <td className="py-1 text-right tabular-nums">{node.data.key in v.segmentSizes ? formatNumber(v.segmentSizes[node.data.key]) : <span className="text-slate-400">not in this version</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-xs text-slate-500">{versions.isPending ? 'Loading…' : 'Not published yet.'}</p>
        )}
      </div>

      <div>
        <p className="mb-1.5 text-sm font-medium text-slate-700">Sample members</p>
        <SegmentMembers treeId={treeId} nodeId={node.id} document={document} refreshKey={counts?.asOf} />
      </div>
    </section>
  );
}

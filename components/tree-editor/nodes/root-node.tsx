import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatNumber } from '@/components/ui/format';
import { BranchHandles } from './branch-handles';
import { NodeFrame } from './node-frame';
import type { RootFlowNode } from './node-types';

export const RootNodeView = memo(function RootNodeView({ id, data, selected }: NodeProps<RootFlowNode>) {
  const totals = data.totals;
  return (
    <NodeFrame
      id={id}
      kind="root"
      data={data}
      selected={selected}
      title={data.tree.data?.label || 'Everyone'}
      summary={
        totals ? (
          <span>
            All {formatNumber(totals.total)} profiles;{' '}
            <span data-testid="excluded-no-consent" data-count={totals.excludedNoConsent} className="font-medium text-slate-700">
              excluded: no consent {formatNumber(totals.excludedNoConsent)}
            </span>
          </span>
        ) : (
          'Every profile of the workspace starts here.'
        )
      }
    >
      <BranchHandles branches={[{ branch: 'all', label: 'Everyone' }]} data={data} />
    </NodeFrame>
  );
});

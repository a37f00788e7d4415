import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { branchLabels } from '@/lib/tree-graph/edit';
import { BranchHandles } from './branch-handles';
import { NodeFrame } from './node-frame';
import type { SwitchFlowNode } from './node-types';
import { safeDescribe } from './split-node';

export const SwitchNodeView = memo(function SwitchNodeView({ id, data, selected }: NodeProps<SwitchFlowNode>) {
  const cases = data.tree.data.cases;
  const branches = branchLabels(data.tree);
  return (
    <NodeFrame
      id={id}
      kind="switch"
      data={data}
      selected={selected}
      width={Math.max(260, branches.length * 84)}
      title={data.tree.data.label || `First match of ${cases.length} case${cases.length === 1 ? '' : 's'}`}
      summary={
        <ol className="mt-1 space-y-0.5">
          {cases.slice(0, 4).map((c, i) => (
            <li key={c.id} className="truncate">
              <span className="font-medium text-slate-700">{c.label || `Case ${i + 1}`}:</span> {safeDescribe(c.condition)}
            </li>
          ))}
          {cases.length > 4 && <li className="text-slate-400">+{cases.length - 4} more cases</li>}
        </ol>
      }
    >
      <BranchHandles branches={branches} data={data} />
    </NodeFrame>
  );
});

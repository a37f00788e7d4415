import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { describeCondition } from '@/lib/segments';
import { BranchHandles } from './branch-handles';
import { NodeFrame } from './node-frame';
import type { SplitFlowNode } from './node-types';

const BRANCHES = [
  { branch: 'yes', label: 'Yes' },
  { branch: 'no', label: 'No' },
];

export const SplitNodeView = memo(function SplitNodeView({ id, data, selected }: NodeProps<SplitFlowNode>) {
  const summary = safeDescribe(data.tree.data.condition);
  return (
    <NodeFrame id={id} kind="split" data={data} selected={selected} title={data.tree.data.label || summary} summary={data.tree.data.label ? summary : undefined}>
      <BranchHandles branches={BRANCHES} data={data} />
    </NodeFrame>
  );
});

/** A draft condition may be half-written; its summary must not take the canvas down. */
export function safeDescribe(condition: Parameters<typeof describeCondition>[0]): string {
  try {
    return describeCondition(condition);
  } catch {
    return 'Condition not finished';
  }
}

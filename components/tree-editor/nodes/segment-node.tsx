import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatShare } from '@/lib/tree-graph/counts';
import { NodeFrame, ShareBar } from './node-frame';
import type { SegmentFlowNode } from './node-types';

export const SegmentNodeView = memo(function SegmentNodeView({ id, data, selected }: NodeProps<SegmentFlowNode>) {
  const { name, key, color } = data.tree.data;
  const share = data.figures?.shareOfTotal;
  return (
    <NodeFrame
      id={id}
      kind="segment"
      data={data}
      selected={selected}
      accent={color}
      title={
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: color }} aria-hidden />
          <span className="truncate">{name || 'Unnamed segment'}</span>
        </span>
      }
      summary={<span className="font-mono text-[11px] text-slate-500">{key}</span>}
      footer={
        <>
          <div className="mt-1.5 text-[11px] text-slate-500" data-testid="segment-share">
            {data.figures ? `${formatShare(share)} of all profiles` : 'Size appears once counted'}
          </div>
          <ShareBar share={share} color={color} />
        </>
      }
    />
  );
});

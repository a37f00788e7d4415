import { BaseEdge, EdgeLabelRenderer, type EdgeProps, type EdgeTypes, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { cn } from '@/components/ui/cn';
import { edgeWidth, formatCompact, formatShare } from '@/lib/tree-graph/counts';
import type { FlowEdge } from './nodes/node-types';

// A connection drawn as thick as the flow it carries, labelled with the profiles and their
// share of the branch's node.
const FlowEdgeView = memo(function FlowEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 14 });
  const f = data?.figures;
  const width = f ? edgeWidth(f.shareOfRoot) : 1.5;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={Math.max(20, width + 10)}
        style={{
          strokeWidth: width,
          stroke: selected ? 'var(--color-brand-500)' : '#94a3b8',
          strokeOpacity: data?.stale ? 0.5 : 0.9,
          strokeLinecap: 'round',
          transition: 'stroke-width 300ms',
        }}
      />
      <EdgeLabelRenderer>
        <div
          data-testid={`edge-label-${id}`}
          data-flow={f?.flow ?? ''}
          className={cn(
            'nodrag nopan pointer-events-auto absolute rounded-full bg-white px-2 py-0.5 text-[10px] font-medium whitespace-nowrap tabular-nums shadow-sm ring-1',
            selected ? 'text-brand-700 ring-brand-400' : 'text-slate-600 ring-slate-200',
            data?.stale && 'opacity-60',
          )}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          <span className="text-slate-400">{data?.label}</span> {f ? `${formatCompact(f.flow)} · ${formatShare(f.shareOfSource)}` : '…'}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

export const edgeTypes: EdgeTypes = { flow: FlowEdgeView };

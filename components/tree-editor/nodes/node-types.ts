import type { Edge, Node } from '@xyflow/react';
import type { RootNode, SegmentNode, SplitNode, SwitchNode } from '@/lib/segments';
import type { CanvasEdgeData, CanvasNodeData } from '@/lib/tree-graph/to-flow';

// The canvas's typed node union: one React Flow node type per tree node kind.
type Of<T, K extends string> = Node<CanvasNodeData & { tree: T }, K>;
export type RootFlowNode = Of<RootNode, 'root'>;
export type SplitFlowNode = Of<SplitNode, 'split'>;
export type SwitchFlowNode = Of<SwitchNode, 'switch'>;
export type SegmentFlowNode = Of<SegmentNode, 'segment'>;
export type FlowNode = RootFlowNode | SplitFlowNode | SwitchFlowNode | SegmentFlowNode;
export type FlowEdge = Edge<CanvasEdgeData, 'flow'>;

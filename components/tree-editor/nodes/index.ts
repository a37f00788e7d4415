import type { NodeTypes } from '@xyflow/react';
import { RootNodeView } from './root-node';
import { SegmentNodeView } from './segment-node';
import { SplitNodeView } from './split-node';
import { SwitchNodeView } from './switch-node';

// Declared once, outside any component, so React Flow never sees a new object and re-mounts.
export const nodeTypes: NodeTypes = {
  root: RootNodeView,
  split: SplitNodeView,
  switch: SwitchNodeView,
  segment: SegmentNodeView,
};

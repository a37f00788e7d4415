import { type TreeNode, describeCondition } from '@/lib/segments';

/** How the canvas names a node: its label, else what it does. */
export function nodeLabel(node: TreeNode): string {
  switch (node.type) {
    case 'root':
      return node.data?.label || 'Everyone';
    case 'split':
      return node.data.label || describeCondition(node.data.condition);
    case 'switch':
      return node.data.label || 'Switch';
    case 'segment':
      return node.data.name;
  }
}

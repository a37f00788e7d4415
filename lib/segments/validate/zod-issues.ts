import type { z } from 'zod';
import { capitalize, rawNodeName } from './node-name';

export type ValidationIssue = {
  /** The node the problem belongs to, for the canvas to highlight. */
  nodeId?: string;
  /** Where in the document, dotted (`nodes.3.data.condition.value`). */
  path?: string;
  message: string;
};

// Zod's default texts ("Invalid input: expected string, received undefined") mean nothing
// to a marketer; our schemas set their own messages, and this names whatever slips through.
function fallbackMessage(issue: z.core.$ZodIssue): string {
  const last = [...issue.path].reverse().find((p) => typeof p === 'string');
  const what = typeof last === 'string' ? `'${last}'` : 'A value';
  if (issue.code === 'invalid_type') return `${what} is missing or has the wrong type.`;
  if (issue.code === 'unrecognized_keys') return `Unexpected fields: ${issue.keys.join(', ')}.`;
  return `${what} is not valid.`;
}

export function issuesFromZod(raw: unknown, error: z.ZodError): ValidationIssue[] {
  const nodes = typeof raw === 'object' && raw !== null ? (raw as { nodes?: unknown }).nodes : undefined;
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const message = issue.message.startsWith('Invalid input') ? fallbackMessage(issue) : issue.message;
    if (issue.path[0] === 'nodes' && typeof issue.path[1] === 'number' && Array.isArray(nodes)) {
      const node = nodes[issue.path[1]] as { id?: unknown } | undefined;
      const nodeId = typeof node?.id === 'string' ? node.id : undefined;
      const name = rawNodeName(node);
      return { nodeId, path, message: name ? `${capitalize(name)}: ${message}` : message };
    }
    if (issue.path[0] === 'edges' && typeof issue.path[1] === 'number') {
      return { path, message: `Connection ${issue.path[1] + 1}: ${message}` };
    }
    return { path: path || undefined, message };
  });
}

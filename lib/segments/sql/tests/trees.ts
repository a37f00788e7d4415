// Small tree documents for the SQL engine's tests.

/** A root → split(condition) → yes/no segments tree, the unit of most table tests. */
export function splitTree(condition: unknown) {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: { x: 0, y: 0 } },
      { id: 's', type: 'split', position: { x: 0, y: 0 }, data: { condition } },
      { id: 'y', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'yes', name: 'Yes', color: '#000000' } },
      { id: 'n', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'no', name: 'No', color: '#000000' } },
    ],
    edges: [
      { source: 'root', target: 's', branch: 'all' },
      { source: 's', target: 'y', branch: 'yes' },
      { source: 's', target: 'n', branch: 'no' },
    ],
  };
}

type Spec =
  | { kind: 'segment' }
  | { kind: 'split'; condition: unknown; yes: Spec | null; no: Spec | null }
  | { kind: 'switch'; cases: { condition: unknown; next: Spec | null }[]; otherwise: Spec | null };

/** A tree document from a nested spec; branches given as null stay unconnected. */
export function buildTree(top: Spec | null) {
  const nodes: Record<string, unknown>[] = [{ id: 'root', type: 'root', position: { x: 0, y: 0 } }];
  const edges: { source: string; target: string; branch: string }[] = [];
  let next = 0;
  const add = (s: Spec, parent: string, branch: string): void => {
    const id = `n${next++}`;
    const position = { x: 0, y: 0 };
    edges.push({ source: parent, target: id, branch });
    if (s.kind === 'segment') nodes.push({ id, type: 'segment', position, data: { key: `seg-${id}`, name: id, color: '#123456' } });
    else if (s.kind === 'split') {
      nodes.push({ id, type: 'split', position, data: { condition: s.condition } });
      if (s.yes) add(s.yes, id, 'yes');
      if (s.no) add(s.no, id, 'no');
    } else {
      nodes.push({ id, type: 'switch', position, data: { cases: s.cases.map((c, i) => ({ id: `c${i}`, condition: c.condition })) } });
      s.cases.forEach((c, i) => c.next && add(c.next, id, `c${i}`));
      if (s.otherwise) add(s.otherwise, id, 'else');
    }
  };
  if (top) add(top, 'root', 'all');
  return { version: 1, nodes, edges };
}

export type { Spec as TreeSpec };

import { describe, expect, it } from 'vitest';
import { compileTree, TreeValidationError } from '../evaluate/compile-tree';
import { segmentReferences, validateTree } from '../validate-tree';
import { sampleTree, variant } from './tree-fixtures';

const seg = (id: string, key: string) => ({ id, type: 'segment', position: { x: 0, y: 0 }, data: { key, name: key, color: '#000000' } });
const split = (id: string, condition: unknown, label = id) => ({ id, type: 'split', position: { x: 0, y: 0 }, data: { label, condition } });
const isSet = { type: 'attribute', field: 'traits.a', operator: 'is_set' };

/** [name, document, expected errors (fragments, with node id), expected warnings] */
const cases: [string, unknown, [string, string?][], string[]][] = [
  ['the sample tree', sampleTree(), [], ["Switch 'Device' has no branch for case 'Desktop' — its profiles stay unassigned.", "Split 'Recent buyer' has no 'no' branch — its profiles stay unassigned."]],
  ['no root', variant((d) => { d.nodes.splice(0, 1); d.edges.splice(0, 1); }), [['needs a root node']], ["Split 'Recent buyer' has no 'no' branch"]],
  ['two roots', variant((d) => d.nodes.push({ id: 'root2', type: 'root', position: { x: 0, y: 0 } })), [['exactly one root', 'root2']], []],
  ['duplicate node ids', variant((d) => d.nodes.push(seg('age', 'other'))), [["Two nodes share the id 'age'", 'age']], []],
  ['edge to a missing node', variant((d) => d.edges.push({ source: 'buyer', target: 'ghost', branch: 'no' })), [["ends at a node that does not exist ('ghost')"]], []],
  ['edge from a missing node', variant((d) => d.edges.push({ source: 'ghost', target: 'seg-b', branch: 'yes' })), [["starts at a node that does not exist ('ghost')"]], []],
  ['unknown split branch', variant((d) => { d.nodes.push(seg('s9', 'k9')); d.edges.push({ source: 'buyer', target: 's9', branch: 'maybe' }); }), [["Split 'Recent buyer' has no branch 'maybe' (its branches: 'yes', 'no')", 'buyer']], ['not connected to the root']],
  ['unknown switch case', variant((d) => { d.nodes.push(seg('s9', 'k9')); d.edges.push({ source: 'device', target: 's9', branch: 'tablet' }); }), [["Switch 'Device' has no branch 'tablet' (its branches: 'mobile', 'desktop', 'else')", 'device']], []],
  ['root branch is "all"', variant((d) => { d.edges[0].branch = 'yes'; }), [["The root has no branch 'yes'", 'root']], []],
  ['edge leaving a segment', variant((d) => { d.nodes.push(seg('s9', 'k9')); d.edges.push({ source: 'seg-b', target: 's9', branch: 'yes' }); }), [["Segment 'Recent buyers' is an end point", 'seg-b']], []],
  ['edge into the root', variant((d) => d.edges.push({ source: 'buyer', target: 'root', branch: 'no' })), [['Nothing can connect into the root', 'root']], []],
  ['two edges on one branch', variant((d) => { d.nodes.push(seg('s9', 'k9')); d.edges.push({ source: 'age', target: 's9', branch: 'yes' }); }), [["Split 'Age 25–34' has two connections on its 'yes' branch", 'age']], []],
  ['two ways into a node', variant((d) => d.edges.push({ source: 'buyer', target: 'seg-yo', branch: 'no' })), [["Segment 'Young, other devices' has 2 connections coming in", 'seg-yo']], []],
  ['a loop', variant((d) => { d.nodes.push(split('c1', isSet), split('c2', isSet)); d.edges.push({ source: 'c1', target: 'c2', branch: 'yes' }, { source: 'c2', target: 'c1', branch: 'yes' }); }), [["These nodes form a loop: split 'c1' → split 'c2' → split 'c1'", 'c1']], ["Split 'c1' is not connected to the root"]],
  ['a node connected to itself', variant((d) => { d.nodes.push(split('c1', isSet)); d.edges.push({ source: 'c1', target: 'c1', branch: 'no' }); }), [["Split 'c1' connects to itself", 'c1']], []],
  ['duplicate segment keys', variant((d) => { d.nodes.push(seg('s9', 'buyers')); d.edges.push({ source: 'buyer', target: 's9', branch: 'no' }); }), [["Two segments use the key 'buyers'", 's9']], []],
  ['duplicate edge ids', variant((d) => d.edges.push({ id: 'e1', source: 'buyer', target: 'seg-yo', branch: 'no' })), [["two connections share the id 'e1'"]], []],
  ['refers to its own segment', variant((d) => { (d.nodes[3] as { data: { condition: unknown } }).data.condition = { type: 'segment', operator: 'in', segment: 'young-mobile' }; }), [["refers to segment 'young-mobile' of this same tree", 'buyer']], []],
  ['an invalid condition names its node', variant((d) => { (d.nodes[1] as { data: { condition: unknown } }).data.condition = { type: 'attribute', field: 'traits.age', operator: 'between', value: [34, 25] }; }), [["Split 'Age 25–34': Put the smaller number first.", 'age']], []],
  ['an unsafe pattern in a switch case', variant((d) => { (d.nodes[2] as { data: { cases: { condition: unknown }[] } }).data.cases[0].condition = { type: 'context', field: 'referrer', operator: 'matches', value: '(x+)+y' }; }), [["Switch 'Device': Repetition inside repetition", 'device']], []],
  ['a case named else', variant((d) => { (d.nodes[2] as { data: { cases: { id: string }[] } }).data.cases[1].id = 'else'; }), [["'else' is reserved", 'device']], []],
  ['duplicate case ids', variant((d) => { (d.nodes[2] as { data: { cases: { id: string }[] } }).data.cases[1].id = 'mobile'; }), [["Two cases share the id 'mobile'", 'device']], []],
  ['a bad segment colour', variant((d) => { (d.nodes[4] as { data: { color: string } }).data.color = 'blue'; }), [["Segment 'Young mobile': Use a colour like #6366f1.", 'seg-ym']], []],
  ['version 2', variant((d) => { d.version = 2; }), [['Only tree documents of version 1']], []],
  ['not an object', 'tree', [['A tree document is an object with version, nodes and edges.']], []],
  ['unreachable nodes', variant((d) => d.nodes.push(seg('s9', 'k9'))), [], ["Segment 'k9' is not connected to the root, so no profile reaches it."]],
  ['only a root', { version: 1, nodes: [{ id: 'r', type: 'root', position: { x: 0, y: 0 } }], edges: [] }, [], ['The tree has no segments yet.', 'The root has no connection, so every profile stays unassigned.']],
];

describe('validateTree', () => {
  it.each(cases)('%s', (_name, doc, errors, warnings) => {
    const result = validateTree(doc);
    for (const [fragment, nodeId] of errors) {
      const found = result.errors.find((e) => e.message.includes(fragment));
      expect(found, `error containing "${fragment}" in ${JSON.stringify(result.errors)}`).toBeDefined();
      if (nodeId) expect(found!.nodeId).toBe(nodeId);
    }
    if (errors.length === 0) expect(result.errors).toEqual([]);
    for (const fragment of warnings) {
      expect(result.warnings.map((w) => w.message).join('\n')).toContain(fragment);
    }
    expect(result.tree === undefined).toBe(errors.length > 0);
  });

  it('compileTree refuses a tree with errors and keeps them', () => {
    const doc = variant((d) => d.edges.push({ source: 'buyer', target: 'root', branch: 'no' }));
    expect(() => compileTree(doc)).toThrow(TreeValidationError);
    try {
      compileTree(doc);
    } catch (error) {
      expect((error as TreeValidationError).errors[0].message).toContain('Nothing can connect into the root');
    }
  });

  it('lists segment references for cross-tree cycle checks', () => {
    const doc = variant((d) => {
      (d.nodes[3] as { data: { condition: unknown } }).data.condition = {
        type: 'group',
        combinator: 'or',
        conditions: [
          { type: 'segment', operator: 'in', segment: 'vip' },
          { type: 'segment', operator: 'not_in', segment: 'churned' },
        ],
      };
    });
    expect(segmentReferences(validateTree(doc).tree!)).toEqual(['vip', 'churned']);
  });
});

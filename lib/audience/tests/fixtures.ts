import type { EvaluationInput } from '@/lib/segments';

// Pure test data shared by the database tests (lib/audience/*.db.test.ts) and the HTTP tests
// (e2e/api/trees-*, preview, segments-members): profiles as they are sent, the core's input
// built from what was sent (not read back, so reference counts never depend on the code
// under test), and small tree builders. Reference profile ids are the externalIds.

export type SeedEvent = { name: string; timestamp: number; properties?: Record<string, unknown>; messageId?: string };
export type SeedProfile = {
  externalId: string;
  traits?: Record<string, unknown>;
  consent?: { analytics?: boolean; personalization?: boolean; marketing?: boolean };
  context?: Record<string, string>;
  events?: SeedEvent[];
};

export function referenceInputs(profiles: readonly SeedProfile[]): EvaluationInput[] {
  return profiles.map((p) => ({
    profile: { id: p.externalId, externalId: p.externalId, traits: p.traits ?? {}, consent: p.consent ?? {}, context: p.context ?? {}, scores: {} },
    events: (p.events ?? []).map((e) => ({ name: e.name, timestamp: e.timestamp, properties: e.properties ?? {}, messageId: e.messageId ?? null })),
  }));
}

const at = (x: number, y: number) => ({ x, y });

/** root → split(condition) → yes: segment `yes`, no: segment `no` (either may be left open). */
export function splitTree(condition: unknown, keys: { yes?: string; no?: string }) {
  const nodes: unknown[] = [
    { id: 'root', type: 'root', position: at(0, 0), data: { label: 'Everyone' } },
    { id: 'split', type: 'split', position: at(0, 100), data: { label: 'Test', condition } },
  ];
  const edges: unknown[] = [{ id: 'e0', source: 'root', target: 'split', branch: 'all' }];
  for (const branch of ['yes', 'no'] as const) {
    const key = keys[branch];
    if (!key) continue;
    nodes.push({ id: `seg-${key}`, type: 'segment', position: at(branch === 'yes' ? -100 : 100, 200), data: { key, name: key.toUpperCase(), color: '#6366f1' } });
    edges.push({ id: `e-${key}`, source: 'split', target: `seg-${key}`, branch });
  }
  return { version: 1, nodes, edges };
}

/** A richer tree: root → split(age ≥ 30) → yes: switch(device: mobile | desktop | else), no: split(buyer). */
export function demoTree(buyer: unknown) {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: at(0, 0), data: { label: 'Everyone' } },
      { id: 'age', type: 'split', position: at(0, 100), data: { label: 'Age 30+', condition: { type: 'attribute', field: 'traits.age', operator: 'gte', value: 30 } } },
      {
        id: 'device', type: 'switch', position: at(-200, 200),
        data: {
          label: 'Device',
          cases: [
            { id: 'mobile', label: 'Mobile', condition: { type: 'context', field: 'device', operator: 'eq', value: 'mobile' } },
            { id: 'desktop', label: 'Desktop', condition: { type: 'context', field: 'device', operator: 'eq', value: 'desktop' } },
          ],
        },
      },
      { id: 'buyer', type: 'split', position: at(200, 200), data: { label: 'Buyer', condition: buyer } },
      { id: 's-mobile', type: 'segment', position: at(-300, 300), data: { key: 'older-mobile', name: 'Older mobile', color: '#6366f1' } },
      { id: 's-other', type: 'segment', position: at(-100, 300), data: { key: 'older-other', name: 'Older, other', color: '#22c55e' } },
      { id: 's-buyers', type: 'segment', position: at(200, 300), data: { key: 'young-buyers', name: 'Young buyers', color: '#f59e0b' } },
    ],
    // 'desktop' and the buyer's 'no' are left open: their profiles stay unassigned.
    edges: [
      { id: 'e1', source: 'root', target: 'age', branch: 'all' },
      { id: 'e2', source: 'age', target: 'device', branch: 'yes' },
      { id: 'e3', source: 'age', target: 'buyer', branch: 'no' },
      { id: 'e4', source: 'device', target: 's-mobile', branch: 'mobile' },
      { id: 'e5', source: 'device', target: 's-other', branch: 'else' },
      { id: 'e6', source: 'buyer', target: 's-buyers', branch: 'yes' },
    ],
  };
}

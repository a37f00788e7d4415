import { beforeAll, expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { publishTree } from '@/lib/audience/publish-tree';
import { prisma } from '@/lib/db/client';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { assignArm } from '@/lib/experiments/assignment';
import { startExperiment, stopExperiment } from '@/lib/experiments/manage/change-status';
import { saveExperimentChanges, saveNewExperiment } from '@/lib/experiments/manage/save-experiment';
import { ApiError } from '@/lib/api/errors';
import { compileTree } from '@/lib/segments';
import { splitTree } from '@/lib/segments/sql/tests/trees';
import { evaluateVisitor } from './evaluate';
import { experimentAssigner } from './experiment-assigner';
import { insertExposure } from './exposure-sql';
import { workspaceState } from './workspace-state';

// The evaluation route's experiments path on the real database: assignment by the hash,
// stickiness across weight changes, consent, segment scope, one exposure per profile under
// concurrent calls, and a stopped experiment serving normal content. Experiments are written
// through the same manage functions the API routes call, so the cache invalidation is real.

const PLAN_TREE = splitTree({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' }); // segments yes / no
const purchase = { kind: 'conversion', event: 'purchase', windowDays: 7 } as const;
const content = (headline: string) => ({ layout: 'banner', headline, body: '', imageUrl: '', ctaText: '', ctaUrl: '' });

type Fixture = { workspaceId: string; slots: Record<string, { id: string; variants: Record<string, string> }> };

async function fixture(requireOptIn = false): Promise<Fixture> {
  const ws = await createTestWorkspace('experiment assigner');
  if (requireOptIn) await prisma.workspace.update({ where: { id: ws.id }, data: { requireOptIn } });
  const tree = await createTree(ws.id, { name: 'Plan', description: '', document: compileTree(PLAN_TREE).document });
  await publishTree(ws.id, tree.id, null);
  const slots: Fixture['slots'] = {};
  // hero: a default and a variant for `yes`; banner: a default and a variant for `no` only.
  for (const [key, variants] of [['hero', [null, 'yes']], ['banner', [null, 'no']]] as const) {
    const slot = await prisma.slot.create({ data: { workspaceId: ws.id, key, name: key, treeId: tree.id } });
    slots[key] = { id: slot.id, variants: {} };
    for (const segmentKey of variants) {
      const v = await prisma.variant.create({ data: { workspaceId: ws.id, slotId: slot.id, segmentKey, name: `${key} ${segmentKey ?? 'default'}`, content: content(`${key} ${segmentKey}`) } });
      slots[key].variants[segmentKey ?? 'default'] = v.id;
    }
  }
  return { workspaceId: ws.id, slots };
}

async function addProfiles(workspaceId: string, ids: string[], consent: object = { personalization: true }) {
  await prisma.profile.createMany({ data: ids.map((externalId, i) => ({ workspaceId, externalId, traits: { plan: i % 2 ? 'pro' : 'free' }, consent })) });
}

async function runExperiment(f: Fixture, slot: string, input: { key: string; segmentKey?: string | null; weights?: [number, number]; treatment: string }) {
  const [c, t] = input.weights ?? [50, 50];
  const arms = [
    { key: 'control', name: 'Control', weight: c, variantId: null, content: null },
    { key: 'treatment', name: 'Treatment', weight: t, variantId: f.slots[slot].variants[input.treatment], content: null },
  ];
  const experiment = await saveNewExperiment(f.workspaceId, {
    key: input.key, name: input.key, slotId: f.slots[slot].id, segmentKey: input.segmentKey ?? null, arms, primaryMetric: purchase, secondaryMetrics: [],
  });
  await startExperiment(f.workspaceId, experiment.id);
  return { ...experiment, arms };
}

async function evaluate(workspaceId: string, externalId: string | null, slot = 'hero') {
  const state = await workspaceState(workspaceId);
  const result = await evaluateVisitor(workspaceId, state, { ...(externalId === null ? {} : { externalId }), slots: [slot] }, experimentAssigner(state));
  const answer = result.content[slot];
  if (!answer.variant) throw new Error(`no content for ${slot}`);
  return { variantId: answer.variant.id, experiment: answer.experiment };
}

const exposures = (experimentId: string) =>
  prisma.exposure.findMany({ where: { experimentId }, select: { arm: true, segmentKey: true, exposedAt: true, profile: { select: { externalId: true } } }, orderBy: { id: 'asc' } });

describeDb('evaluate assigns experiment arms and records exposures', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });

  it('assigns by the documented hash, sticks through a weight change, and records one exposure each', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `sticky-${i}`);
    await addProfiles(f.workspaceId, ids);
    const experiment = await runExperiment(f, 'hero', { key: 'sticky', treatment: 'yes' });
    const first = new Map<string, string>();
    for (const id of ids) {
      const { variantId, experiment: got } = await evaluate(f.workspaceId, id);
      const arm = experiment.arms[assignArm('sticky', id, [50, 50])];
      expect(got).toEqual({ key: 'sticky', arm: arm.key });
      // Control shows the normal content (the segment's own variant, or the default); treatment the Pro variant.
      const pro = Number(id.split('-')[1]) % 2 === 1;
      expect(variantId).toBe(arm.key === 'treatment' || pro ? f.slots.hero.variants.yes : f.slots.hero.variants.default);
      first.set(id, arm.key);
    }
    const recorded = await exposures(experiment.id);
    expect(recorded.map((r) => [r.profile.externalId, r.arm])).toEqual(ids.map((id) => [id, first.get(id)]));
    expect(recorded.map((r) => r.segmentKey)).toEqual(ids.map((_, i) => (i % 2 ? 'yes' : 'no')));
    const arms = new Set(recorded.map((r) => r.arm));
    expect(arms).toEqual(new Set(['control', 'treatment']));

    // 50/50 → 10/90: about 40 % of these profiles would now hash to the other arm; none moves.
    await saveExperimentChanges(f.workspaceId, experiment.id, { arms: experiment.arms.map((a, i) => ({ ...a, weight: [10, 90][i] })) });
    const wouldMove = ids.filter((id) => experiment.arms[assignArm('sticky', id, [10, 90])].key !== first.get(id));
    expect(wouldMove.length).toBeGreaterThan(40);
    for (const id of ids) expect((await evaluate(f.workspaceId, id)).experiment).toEqual({ key: 'sticky', arm: first.get(id) });
    const again = await exposures(experiment.id);
    expect(again).toEqual(recorded); // nothing re-recorded, no time moved

    // Newcomers follow the new split.
    const newcomers = Array.from({ length: 50 }, (_, i) => `late-${i}`);
    await addProfiles(f.workspaceId, newcomers);
    for (const id of newcomers) {
      expect((await evaluate(f.workspaceId, id)).experiment?.arm).toBe(experiment.arms[assignArm('sticky', id, [10, 90])].key);
    }
    expect(await prisma.exposure.count({ where: { experimentId: experiment.id } })).toBe(250);

    // Unknown externalId: the hash's arm, nothing recorded. No externalId: not enrolled.
    expect((await evaluate(f.workspaceId, 'never-sent')).experiment?.arm).toBe(experiment.arms[assignArm('sticky', 'never-sent', [10, 90])].key);
    expect((await evaluate(f.workspaceId, null)).experiment).toBeUndefined();
    expect(await prisma.exposure.count({ where: { experimentId: experiment.id } })).toBe(250);

    // Stopped: normal content for everyone, no new exposures.
    await stopExperiment(f.workspaceId, experiment.id);
    await addProfiles(f.workspaceId, ['after-stop']);
    for (const id of [...ids.slice(0, 20), 'after-stop']) {
      const answer = await evaluate(f.workspaceId, id);
      expect(answer.experiment).toBeUndefined();
      expect(answer.variantId).toBe(id === 'after-stop' || Number(id.split('-')[1]) % 2 === 0 ? f.slots.hero.variants.default : f.slots.hero.variants.yes);
    }
    expect(await prisma.exposure.count({ where: { experimentId: experiment.id } })).toBe(250);
  });

  it('a segment-scoped experiment enrols only that segment, also when the segment has no variant of its own', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `scoped-${i}`);
    await addProfiles(f.workspaceId, ids);
    // banner has no variant for `yes`: its pro visitors get the default, yet they are in `yes`.
    const experiment = await runExperiment(f, 'banner', { key: 'scoped', segmentKey: 'yes', treatment: 'no' });
    for (const [i, id] of ids.entries()) {
      const answer = await evaluate(f.workspaceId, id, 'banner');
      if (i % 2 === 0) {
        expect(answer.experiment).toBeUndefined();
        expect(answer.variantId).toBe(f.slots.banner.variants.no);
      } else {
        expect(answer.experiment?.key).toBe('scoped');
        expect(answer.variantId).toBe(answer.experiment?.arm === 'treatment' ? f.slots.banner.variants.no : f.slots.banner.variants.default);
      }
    }
    const recorded = await exposures(experiment.id);
    expect(recorded.map((r) => r.profile.externalId)).toEqual(ids.filter((_, i) => i % 2 === 1));
    expect(new Set(recorded.map((r) => r.segmentKey))).toEqual(new Set(['yes']));
    await stopExperiment(f.workspaceId, experiment.id);
  });

  it('an arm with content of its own is served rendered and escaped for the visitor, sticky, and frozen once running', async () => {
    const hostile = '<b>Ann & "Co"</b>';
    const ids = Array.from({ length: 40 }, (_, i) => `own-${i}`);
    // Odd: pro (segment `yes`), half of them with a hostile first name; even: free (`no`).
    await prisma.profile.createMany({
      data: ids.map((externalId, i) => ({
        workspaceId: f.workspaceId, externalId, consent: { personalization: true },
        traits: { plan: i % 2 ? 'pro' : 'free', ...(i % 4 === 1 ? { firstName: hostile } : {}) },
      })),
    });
    const armContent = {
      layout: 'centered', headline: 'Hi {{traits.firstName | "there"}}, {{segment.name}} member', body: '', imageUrl: '', ctaText: 'See {{segment.key}} deals', ctaUrl: '/vip?n={{traits.firstName}}',
    } as const;
    const arms = [
      { key: 'control', name: 'Control', weight: 50, variantId: null, content: null },
      { key: 'fresh', name: 'Fresh copy', weight: 50, variantId: null, content: armContent },
    ];
    // banner has no variant for `yes`: the arm's content is the only new thing its pro visitors can see.
    const experiment = await saveNewExperiment(f.workspaceId, { key: 'own-content', name: 'Own content', slotId: f.slots.banner.id, segmentKey: 'yes', arms, primaryMetric: purchase, secondaryMetrics: [] });
    expect(experiment.arms[1].content).toEqual(armContent);
    await startExperiment(f.workspaceId, experiment.id);

    const answerOf = async (id: string) => {
      const state = await workspaceState(f.workspaceId);
      const answer = (await evaluateVisitor(f.workspaceId, state, { externalId: id, slots: ['banner'] }, experimentAssigner(state))).content.banner;
      if (!answer.variant) throw new Error(`no content for ${id}`);
      return answer;
    };
    const first = new Map<string, unknown>();
    for (const [i, id] of ids.entries()) {
      const answer = await answerOf(id);
      first.set(id, answer);
      if (i % 2 === 0) {
        expect(answer.experiment, id).toBeUndefined();
        continue;
      }
      const arm = arms[assignArm('own-content', id, [50, 50])].key;
      expect(answer.experiment, id).toEqual({ key: 'own-content', arm });
      if (arm === 'control') {
        expect(answer.variant, id).toMatchObject({ id: f.slots.banner.variants.default });
        continue;
      }
      expect(answer.variant, id).toEqual({ id: null, name: 'Fresh copy', segmentKey: 'yes' });
      const named = i % 4 === 1;
      expect(answer.content, id).toEqual({
        layout: 'centered',
        headline: named ? 'Hi &lt;b&gt;Ann &amp; &quot;Co&quot;&lt;/b&gt;, Yes member' : 'Hi there, Yes member',
        body: '',
        imageUrl: '',
        ctaText: 'See yes deals',
        ctaUrl: named ? '/vip?n=%3Cb%3EAnn%20%26%20%22Co%22%3C%2Fb%3E' : '/vip?n=',
      });
    }
    const recorded = await exposures(experiment.id);
    expect(recorded.map((r) => r.profile.externalId)).toEqual(ids.filter((_, i) => i % 2 === 1));
    expect(new Set(recorded.map((r) => r.arm))).toEqual(new Set(['control', 'fresh']));

    // Running: the content is frozen (a 409 that says why); weights still move, and nobody moves with them.
    const editContent = saveExperimentChanges(f.workspaceId, experiment.id, { arms: arms.map((a, i) => (i === 1 ? { ...a, content: { ...armContent, headline: 'Other' } } : a)) });
    await expect(editContent).rejects.toThrow(ApiError);
    await expect(editContent).rejects.toThrow(/cannot change after the start.*fixed except their weights/);
    await saveExperimentChanges(f.workspaceId, experiment.id, { arms: arms.map((a, i) => ({ ...a, weight: [10, 90][i] })) });
    for (const id of ids) expect(await answerOf(id), id).toEqual(first.get(id));
    expect(await exposures(experiment.id)).toEqual(recorded);
    await stopExperiment(f.workspaceId, experiment.id);
  });

  it('records one exposure per profile under 20 concurrent first calls, and a lost insert serves the winner', async () => {
    await addProfiles(f.workspaceId, ['racer']);
    const experiment = await runExperiment(f, 'hero', { key: 'race', treatment: 'yes' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => evaluate(f.workspaceId, 'racer')));
    const recorded = await exposures(experiment.id);
    expect(recorded).toHaveLength(1);
    expect(new Set(answers.map((a) => a.experiment?.arm))).toEqual(new Set([recorded[0].arm]));

    // The insert that loses the race reports it rather than failing; a deleted profile is 'gone'.
    const profile = await prisma.profile.findFirstOrThrow({ where: { workspaceId: f.workspaceId, externalId: 'racer' } });
    const row = { experimentId: experiment.id, profileId: profile.id, arm: 'control', segmentKey: null, exposedAt: Date.now() };
    expect(await insertExposure(row)).toBe('exists');
    expect(await insertExposure({ ...row, profileId: 2_000_000_000 })).toBe('gone');
    await stopExperiment(f.workspaceId, experiment.id);
  });

  it('stores exposedAt so the ORM and the results read it back as the same instant', async () => {
    await addProfiles(f.workspaceId, ['clock']);
    const experiment = await runExperiment(f, 'hero', { key: 'clock', treatment: 'yes' });
    const before = Date.now();
    await evaluate(f.workspaceId, 'clock');
    const [row] = await exposures(experiment.id);
    expect(row.exposedAt).toBeInstanceOf(Date);
    expect(row.exposedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.exposedAt.getTime()).toBeLessThanOrEqual(Date.now());
    await stopExperiment(f.workspaceId, experiment.id);
  });
});

describeDb('consent keeps visitors out of experiments', () => {
  it('never enrols or records a profile that refused personalisation, nor anyone without opt-in in an opt-in workspace', async () => {
    for (const requireOptIn of [false, true]) {
      const f = await fixture(requireOptIn);
      await addProfiles(f.workspaceId, ['refused-0', 'refused-1'], { personalization: false });
      await addProfiles(f.workspaceId, ['silent-0', 'silent-1'], {});
      const experiment = await runExperiment(f, 'hero', { key: 'consent', treatment: 'yes' });
      for (const id of ['refused-0', 'refused-1', 'silent-0', 'silent-1', 'stranger']) {
        const answer = await evaluate(f.workspaceId, id);
        const excluded = id.startsWith('refused') || requireOptIn;
        if (excluded) {
          expect(answer.experiment, id).toBeUndefined();
          expect(answer.variantId, id).toBe(f.slots.hero.variants.default);
        } else {
          expect(answer.experiment?.key, id).toBe('consent');
        }
      }
      const recorded = await exposures(experiment.id);
      expect(recorded.map((r) => r.profile.externalId)).toEqual(requireOptIn ? [] : ['silent-0', 'silent-1']);
    }
  });
});

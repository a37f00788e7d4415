import fc from 'fast-check';
import { condition } from './arb-conditions';
import { type TreeSpec, buildTree } from './trees';

// Random small trees (splits, switches with 1–3 cases, segments, branches left open) over
// random conditions.
const spec: fc.Arbitrary<TreeSpec> = fc.letrec<{ node: TreeSpec }>((tie) => {
  const child = fc.option(tie('node'), { nil: null, freq: 4 });
  return {
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant<TreeSpec>({ kind: 'segment' }),
      fc.record({ kind: fc.constant('split' as const), condition, yes: child, no: child }),
      fc.record({
        kind: fc.constant('switch' as const),
        cases: fc.array(fc.record({ condition, next: child }), { minLength: 1, maxLength: 3 }),
        otherwise: child,
      }),
    ),
  };
}).node;

export const tree = fc.option(spec, { nil: null, freq: 12 }).map(buildTree);

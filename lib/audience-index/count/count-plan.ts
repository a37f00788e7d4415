import type { CompiledTree } from '@/lib/segments';
import { type CompileEnv, compileCondition } from '../compile/condition';
import type { Expr } from '../compile/expr';
import { nodeCondition } from '../compile/property-needs';
import type { TreeCountPlan } from './count-bits';

/** A tree's conditions, each compiled the first time the walk reaches its node. */
export function countPlan(tree: CompiledTree, env: CompileEnv): TreeCountPlan {
  const conditions = new Map<string, Expr>();
  return {
    tree,
    condition: (node, k) => {
      const key = `${node.id}\u0000${k}`;
      let expr = conditions.get(key);
      if (!expr) conditions.set(key, (expr = compileCondition(nodeCondition(node, k), env)));
      return expr;
    },
  };
}

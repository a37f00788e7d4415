import type { MovementSide, TreeDiffData } from '@/components/hooks/queries/use-tree-diff-query';
import { cn } from '@/components/ui/cn';
import { formatNumber } from '@/components/ui/format';

function SideLabel({ side }: { side: MovementSide }) {
  return (
    <span className="inline-flex items-baseline gap-1.5 text-left">
      <span className={cn('size-2.5 shrink-0 translate-y-px rounded-full', side.key === null && 'ring-1 ring-slate-400 ring-inset')} style={{ backgroundColor: side.key === null ? 'transparent' : side.color }} />
      <span className={cn(side.key === null && 'italic text-slate-500')}>{side.name}</span>
    </span>
  );
}

/** Rows: where profiles are now (last version); columns: where the draft puts them. */
export function MovementMatrix({ movement }: { movement: TreeDiffData['movement'] }) {
  const max = Math.max(1, ...movement.counts.flat());
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-right text-xs">
        <caption className="sr-only">Profiles moving from each current segment (rows) to each segment of the draft (columns)</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">Now ↓ / after publishing →</th>
            {movement.to.map((side) => (
              <th key={side.key ?? '∅'} scope="col" className="min-w-24 px-3 py-2 align-bottom font-medium">
                <SideLabel side={side} />
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">Now</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {movement.from.map((from, r) => (
            <tr key={from.key ?? '∅'}>
              <th scope="row" className="min-w-32 px-3 py-2 text-left font-medium text-slate-700">
                <SideLabel side={from} />
              </th>
              {movement.to.map((to, c) => {
                const n = movement.counts[r][c];
                const stays = from.key === to.key;
                return (
                  <td
                    key={to.key ?? '∅'}
                    aria-label={`${formatNumber(n)} from ${from.name} to ${to.name}`}
                    className={cn('px-3 py-2 tabular-nums', n === 0 ? 'text-slate-300' : stays ? 'text-slate-600' : 'font-semibold text-amber-900')}
                    style={n > 0 && !stays ? { backgroundColor: `rgba(245, 158, 11, ${0.1 + 0.35 * (n / max)})` } : stays && n > 0 ? { backgroundColor: '#f1f5f9' } : undefined}
                  >
                    {n === 0 ? '·' : formatNumber(n)}
                  </td>
                );
              })}
              <td className="px-3 py-2 tabular-nums text-slate-500">{formatNumber(from.count)}</td>
            </tr>
          ))}
          <tr className="bg-slate-50 text-slate-500">
            <th scope="row" className="px-3 py-2 text-left font-medium">After</th>
            {movement.to.map((to) => (
              <td key={to.key ?? '∅'} className="px-3 py-2 tabular-nums">{formatNumber(to.count)}</td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The largest moves in words: "320 from Champions to Loyal". */
export function topMoves(movement: TreeDiffData['movement'], limit = 5) {
  const moves = movement.from.flatMap((from, r) =>
    movement.to.flatMap((to, c) => (from.key !== to.key && movement.counts[r][c] > 0 ? [{ from, to, count: movement.counts[r][c] }] : [])),
  );
  return moves.sort((a, b) => b.count - a.count).slice(0, limit);
}

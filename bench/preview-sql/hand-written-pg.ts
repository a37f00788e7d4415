import type pg from 'pg';
import { timestampLiteral } from '@/lib/db/dialects/segments-postgres-values';

// The reference tree (bench/preview/reference-tree.ts) as ONE hand-written PostgreSQL query,
// the way an engineer would write it for this data: ->> text casts, a decimal SUM, the
// zone arithmetic in SQL. It trusts the data (a non-numeric age or an unknown time zone
// would raise an error), which the engine may not. Returns profiles per segment key.
const DAY = 86_400_000;

export const HAND_WRITTEN_SQL = `WITH ev AS (
  SELECT "profileId" AS pid,
    SUM(("properties" ->> 'amount')::numeric) FILTER (WHERE "name" = 'purchase') AS spend90,
    COUNT(*) FILTER (WHERE "name" = 'purchase' AND "timestamp" >= $3) AS buys30,
    COUNT(*) FILTER (WHERE "name" = 'purchase' AND "timestamp" >= $4) AS buys7,
    COUNT(*) FILTER (WHERE "name" = 'add_to_cart' AND "timestamp" >= $4) AS carts7,
    COUNT(*) FILTER (WHERE "name" = 'product_view' AND "timestamp" >= $5) AS views14,
    COUNT(*) FILTER (WHERE "name" = 'email_open' AND "timestamp" >= $3) AS opens30
  FROM "Event"
  WHERE "workspaceId" = $1 AND "timestamp" <= $2 AND "timestamp" >= $6
    AND "name" IN ('purchase', 'add_to_cart', 'product_view', 'email_open')
  GROUP BY "profileId")
SELECT CASE
    WHEN p."consent" ->> 'personalization' = 'false' THEN 'excluded'
    WHEN COALESCE(ev.spend90, 0) >= 500 AND (p."traits" ->> 'plan' IN ('plus', 'premium') OR p."traits" -> 'loyalty' ->> 'tier' IN ('gold', 'platinum')) THEN 'vip'
    WHEN COALESCE(ev.buys30, 0) >= 1 THEN CASE WHEN p."context" ->> 'device' = 'mobile' THEN 'mobile-buyers' ELSE 'other-buyers' END
    WHEN COALESCE(ev.carts7, 0) >= 1 AND COALESCE(ev.buys7, 0) = 0 THEN 'cart-abandoners'
    WHEN COALESCE(ev.views14, 0) >= 5 THEN CASE WHEN (p."traits" ->> 'age')::numeric BETWEEN 18 AND 34 THEN 'young-browsers' ELSE 'browsers' END
    WHEN p."context" ->> 'country' IN ('US', 'CA', 'MX', 'BR')
      AND extract(hour FROM $2::timestamptz AT TIME ZONE (p."context" ->> 'timezone')) BETWEEN 17 AND 23
      AND COALESCE(ev.opens30, 0) >= 1 THEN 'evening-readers'
    ELSE 'dormant' END AS segment,
  COUNT(*) AS n
FROM "Profile" AS p LEFT JOIN ev ON ev.pid = p."id"
WHERE p."workspaceId" = $1
GROUP BY 1`;

export async function handWrittenCounts(pool: pg.Pool, workspaceId: string, asOf: number): Promise<Record<string, number>> {
  const at = (ms: number) => timestampLiteral(ms);
  const { rows } = await pool.query(HAND_WRITTEN_SQL, [workspaceId, at(asOf), at(asOf - 30 * DAY), at(asOf - 7 * DAY), at(asOf - 14 * DAY), at(asOf - 90 * DAY)]);
  return Object.fromEntries(rows.map((r) => [r.segment as string, Number(r.n)]));
}

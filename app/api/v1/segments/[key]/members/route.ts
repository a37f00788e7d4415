// GET /api/v1/segments/{key}/members?limit&cursor&asOf — sample members, each with the path that placed it there
import { withAuth } from '@/lib/api/with-auth';
import { sampleSegmentMembers } from '@/lib/audience/sample-segment-members';
import { segmentMembersQuerySchema } from '@/lib/validations/trees';

export const GET = withAuth<{ key: string }>(
  async ({ req, params, workspaceId }) => {
    const query = segmentMembersQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const page = await sampleSegmentMembers(workspaceId, params.key, {
      limit: query.limit,
      cursor: query.cursor === undefined ? undefined : Number(query.cursor),
      asOf: query.asOf,
    });
    return Response.json(page);
  },
  { permission: 'read' },
);

// GET /api/v1/tree-templates — starting points for a new tree (create one with POST /api/v1/trees {template})
import { withAuth } from '@/lib/api/with-auth';
import { TREE_TEMPLATES } from '@/lib/tree-templates/templates';

export const GET = withAuth(
  async () =>
    Response.json({
      templates: TREE_TEMPLATES.map((t) => {
        const document = t.build();
        const segments = document.nodes.flatMap((n) => (n.type === 'segment' ? [{ key: n.data.key, name: n.data.name, color: n.data.color }] : []));
        return { key: t.key, name: t.name, description: t.description, segments, document };
      }),
    }),
  { permission: 'read' },
);

// GET /api/v1/profiles/{externalId}/export — GDPR access: the profile and every event, as a JSON download
import { withAuth } from '@/lib/api/with-auth';
import { toPublicProfile } from '@/lib/db/queries/profiles/find-profile';
import { exportProfileEvents } from '@/lib/db/queries/profiles/export-profile';
import { profileOr404, type ProfileParams } from '../profile-param';

// A filename safe in every browser; the exact externalId is inside the document.
function fileName(externalId: string) {
  const safe = externalId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'profile';
  return `profile-${safe}.json`;
}

export const GET = withAuth<ProfileParams>(
  async ({ params, workspaceId }) => {
    const profile = await profileOr404(workspaceId, params);
    const encoder = new TextEncoder();
    const head = { exportedAt: new Date().toISOString(), workspaceId, profile: toPublicProfile(profile) };
    // The document is streamed: one JSON object whose "events" array is written batch by
    // batch, so a profile with a very long history never sits in memory whole.
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          controller.enqueue(encoder.encode(JSON.stringify(head).slice(0, -1) + ',"events":['));
          let first = true;
          for await (const batch of exportProfileEvents(workspaceId, profile.id)) {
            const text = batch.map(({ id: _id, ...event }) => JSON.stringify(event)).join(',');
            controller.enqueue(encoder.encode((first ? '' : ',') + text));
            first = false;
          }
          controller.enqueue(encoder.encode(']}'));
          controller.close();
        } catch (error) {
          console.error('[export] failed mid-stream', error);
          controller.error(error);
        }
      },
    });
    return new Response(stream, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(profile.externalId)}"; filename*=UTF-8''${encodeURIComponent(fileName(profile.externalId))}`,
        'cache-control': 'no-store',
      },
    });
  },
  { permission: 'read' },
);

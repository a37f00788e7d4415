import { ApiError } from '@/lib/api/errors';

// A response that streams one JSON object per line while `run` works. Once the first line
// is out the status is fixed at 200, so a failure midway is reported as a final
// {"type":"error","error":{code,message}} line (unknown errors stay opaque and are logged).
export type SendLine = (line: Record<string, unknown>) => void;

export function ndjsonResponse(run: (send: SendLine) => Promise<void>): Response {
  const encoder = new TextEncoder();
  // If the client goes away the work still finishes (an import does not depend on the
  // connection); only the lines are dropped.
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send: SendLine = (line) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      // Not awaited: lines must flow while the work goes on.
      void run(send)
        .catch((error: unknown) => send({ type: 'error', error: errorBody(error) }))
        .finally(() => {
          if (open) controller.close();
          open = false;
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
  });
}

function errorBody(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  console.error('[ingest] streamed import failed', error);
  return { code: 'internal_error', message: 'Something went wrong on our side. It has been logged.' };
}

export function wantsNdjson(req: Request): boolean {
  return (req.headers.get('accept') ?? '').toLowerCase().includes('application/x-ndjson');
}

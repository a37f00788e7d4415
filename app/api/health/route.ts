// GET /api/health — liveness for load balancers and the test harness
export function GET() {
  return Response.json({ ok: true });
}

// GET /healthz: 200 while the database answers, 503 when it does not (for a load balancer or a supervisor).
import type { FastifyInstance } from 'fastify';

export function registerHealth(http: FastifyInstance, deps: { database: string; ping(): Promise<unknown> }): void {
  http.get('/healthz', async (_req, reply) => {
    try {
      await deps.ping();
      return { status: 'ok', database: deps.database };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: deps.database });
    }
  });
}

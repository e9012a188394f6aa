// The dashboard's stylesheet and script, served as files (no inline script or style anywhere).
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const CSS = readFileSync(new URL('./static/admin.css', import.meta.url), 'utf8');
const JS = readFileSync(new URL('./static/admin.js', import.meta.url), 'utf8');

export function staticRoutes(app: FastifyInstance): void {
  app.get('/static/admin.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'max-age=300').send(CSS));
  app.get('/static/admin.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'max-age=300').send(JS));
}

// Serves the web chat page and its two static files. The script and the styles are files, not inline, so the
// Content-Security-Policy (src/http/server.ts) can forbid inline script. Read once at start; never cached by the
// browser (a shared phone should not keep the page).
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const FILES = {
  '/': ['page.html', 'text/html; charset=utf-8'],
  '/page.js': ['page.js', 'text/javascript; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
} as const;

export function registerWebPage(http: FastifyInstance): void {
  for (const [route, [file, type]] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    http.get(route, async (_req, reply) => reply.type(type).header('cache-control', 'no-store').send(body));
  }
}

// The HTTP face of the stub: `GET|POST /bot<token>/<method>`, answered exactly as Telegram frames answers
// (HTTP status = error_code). Every call is recorded once answered.
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { installBodyParsers } from './body.js';
import type { StubCore } from './core.js';
import { TelegramApiError, faultError, tg } from './errors.js';
import { findMethod } from './methods/index.js';
import { Params } from './params.js';
import type { ApiResponse } from './types.js';

const ROUTE = /^\/bot([^/]+)\/([^/]*)$/;

export async function startServer(core: StubCore): Promise<{ app: FastifyInstance; port: number }> {
  const app = Fastify({ logger: false, bodyLimit: 50 * 1024 * 1024, forceCloseConnections: true });
  installBodyParsers(app);
  app.setErrorHandler((err: Error & { statusCode?: number }, _request, reply) => {
    const status = err.statusCode ?? 500;
    const description = status < 500 ? `Bad Request: ${err.message}` : 'Internal Server Error';
    return reply.code(status).send({ ok: false, error_code: status, description });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ ok: false, error_code: 404, description: 'Not Found' }));

  app.route({
    method: ['GET', 'POST'],
    url: '/*',
    handler: async (request, reply) => {
      const match = ROUTE.exec(request.url.split('?')[0] ?? '');
      if (!match) return reply.code(404).send({ ok: false, error_code: 404, description: 'Not Found' });
      const token = decodeURIComponent(match[1] ?? '');
      const body = { ...asFields(request.query), ...asFields(request.body) };
      const at = core.clock.now();
      const hangUp = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) hangUp.abort();
      });
      const { method, response } = await dispatch(core, token, match[2] ?? '', body, hangUp.signal);
      core.recorder.record({ method, token, body, at, response });
      return reply.code(response.ok ? 200 : response.error_code).send(response);
    },
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port };
}

/** Runs one Bot API call: token check, method lookup, injected fault, then the method itself. */
export async function dispatch(
  core: StubCore, token: string, name: string, body: Record<string, unknown>, signal: AbortSignal,
): Promise<{ method: string; response: ApiResponse }> {
  const found = findMethod(name);
  const method = found?.name ?? name;
  const bot = core.bots.get(token);
  if (!bot) return { method, response: tg.unauthorized().toResponse() };
  if (!found) return { method, response: tg.methodNotFound().toResponse() };
  const fault = core.faults.take(found.name);
  if (fault) return { method, response: faultError(fault).toResponse() };
  try {
    const result = await found.handler({ core, bot, signal }, new Params(body));
    return { method, response: { ok: true, result } };
  } catch (err) {
    if (err instanceof TelegramApiError) return { method, response: err.toResponse() };
    // A bug in the stub itself: make it visible in the failing test rather than hiding it as Telegram would.
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    return { method, response: { ok: false, error_code: 500, description: `Internal Server Error (telegram stub bug): ${detail}` } };
  }
}

function asFields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// The HTTP server: security headers on every response, one error boundary that never shows internals, health,
// and the mounts given to it.
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type Logger, errorFields } from '../logger.js';

/**
 * Every response: no inline script anywhere (the web page's script and styles are files, see
 * src/channels/web/web-page.ts), no framing (a page inside another site's frame could be watched or overlaid),
 * no MIME sniffing, and no Referer (the next site must not learn the person came from a violence help line).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};

export function createHttpServer(log: Logger): FastifyInstance {
  const app = Fastify({
    loggerInstance: log.child({ part: 'http' }) as unknown as FastifyBaseLogger,
    // Fastify's own request logs carry URLs; we log route and status ourselves (below).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });
  void app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    noSniff: true,
  });
  app.addHook('onResponse', async (req, reply) => {
    // Route and status only: URLs and bodies may carry a session id or text.
    req.log.info({ method: req.method, route: req.routeOptions.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: errorFields(error) }, 'request failed');
    reply.code(status).send(status >= 500
      ? { error: 'internal', message: 'Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút. Khẩn cấp: gọi 113. / Something went wrong on our side; please try again. Emergency: call 113.' }
      : { error: 'bad_request', message: error.message });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not_found', message: 'Not found' }));
  return app;
}

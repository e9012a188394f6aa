// The HTTP server: security headers on every response (helmet) and its one error boundary. Every failure leaves as { error: code, message } with the status of
// the code (src/core/errors.ts): 4xx keep the detail of what the client sent wrong (it is theirs, and names the field);
// 5xx never show internals — the person gets a sentence from the locale files, in their language, with the emergency
// numbers.
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Lang } from '../../flows/contract.js';
import { AppError, HTTP_STATUS, type ErrorCode } from '../core/errors.js';
import { preferredLang, type Translator } from '../core/i18n.js';
import { type Logger, errorFields } from '../logger.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The chat's language, when a route knows it: an error is then told in it rather than in the browser's. */
    chatLang?: Lang;
  }
}

export interface ErrorBody { error: ErrorCode; message: string }

/** The client errors fastify and its plugins raise by status; any other 4xx is a bad request, anything else internal. */
const CLIENT_CODES = new Map<number, ErrorCode>(
  (Object.entries(HTTP_STATUS) as [ErrorCode, number][]).filter(([, status]) => status < 500).map(([code, status]) => [status, code]),
);

export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof AppError) return error.code;
  const e = error as { statusCode?: number; validation?: unknown } | undefined;
  if (e?.validation) return 'bad_request';
  const status = e?.statusCode;
  if (status === undefined || status < 400 || status >= 500) return 'internal';
  return CLIENT_CODES.get(status) ?? 'bad_request';
}

export function requestLang(req: FastifyRequest): Lang {
  return req.chatLang ?? preferredLang(req.headers['accept-language']);
}

/** The body of an error answer: a client error's own detail when it has one, else the sentence for its code. */
export function errorBody(i18n: Translator, lang: Lang, code: ErrorCode, detail?: string): ErrorBody {
  const sentence = i18n.t(lang, `http-error-${code.replaceAll('_', '-')}`);
  return { error: code, message: HTTP_STATUS[code] < 500 && detail ? detail : sentence };
}

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

export interface HttpServerOptions {
  i18n: Translator;
  /** Config TRUST_PROXY: the proxies whose X-Forwarded-For names the client (the rate limits key on it). */
  trustProxy?: string[];
}

export function createHttpServer(log: Logger, deps: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    trustProxy: deps.trustProxy ?? false,
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
  app.setErrorHandler((error: unknown, req, reply) => {
    const code = errorCodeOf(error);
    const status = HTTP_STATUS[code];
    // Type and code only: a message may quote what the person sent.
    if (status >= 500) req.log.error({ err: errorFields(error), code }, 'request failed');
    const detail = error instanceof Error ? error.message : undefined;
    return reply.code(status).send(errorBody(deps.i18n, requestLang(req), code, detail));
  });
  app.setNotFoundHandler((req, reply) => reply.code(HTTP_STATUS.not_found).send(errorBody(deps.i18n, requestLang(req), 'not_found')));
  return app;
}

// The Zalo Official Account channel (Open API v3, plain axios): a signed webhook in, CS messages out. It only
// translates; the core decides. On when ZALO_OA_APP_ID, ZALO_OA_APP_SECRET, ZALO_OA_SECRET_KEY and
// ZALO_OA_REFRESH_TOKEN are set.
//
// Durability: the webhook answers 200 only after core.handle has committed the message (dedupe row, flow step and
// outbox rows in one transaction); sending happens after, from the outbox. That commit takes milliseconds, well
// inside Zalo's ~2 s, so a crash right after the 200 loses nothing, and a crash before it makes Zalo send again
// (the repeat is dropped by its msg_id if the first attempt had committed).
import type { FastifyInstance } from 'fastify';
import type { AppContext, AppModule } from '../../app.js';
import { errorFields } from '../../logger.js';
import { createChatGate } from '../limits/chat-gate.js';
import { oaApi } from './api.js';
import { toInbound } from './inbound.js';
import { oaSender } from './outbound.js';
import { verifyWebhook } from './signature.js';
import { zaloTokens } from './tokens.js';

export const OA_WEBHOOK_PATH = '/zalo/oa/webhook';

export interface ZaloOaOptions {
  now?: () => Date;
  /** The counsellors' desk id, told when a message cannot reach a person (Zalo's 7-day window). */
  desk?: string;
}

export function zaloOaModule(ctx: AppContext, opts: ZaloOaOptions = {}): AppModule {
  const { config, core, database, i18n, sealer } = ctx;
  const log = ctx.log.child({ part: 'zalo-oa' });
  const now = opts.now ?? (() => new Date());
  if (!config.ZALO_OA_APP_ID || !config.ZALO_OA_APP_SECRET || !config.ZALO_OA_SECRET_KEY || !config.ZALO_OA_REFRESH_TOKEN) {
    log.info('Zalo OA channel is off: ZALO_OA_APP_ID, ZALO_OA_APP_SECRET, ZALO_OA_SECRET_KEY and ZALO_OA_REFRESH_TOKEN are not set');
    return { name: 'zalo-oa' };
  }
  const secretKey = config.ZALO_OA_SECRET_KEY;
  const tokens = zaloTokens({
    store: database.store, sealer, appId: config.ZALO_OA_APP_ID, appSecret: config.ZALO_OA_APP_SECRET,
    initialRefreshToken: config.ZALO_OA_REFRESH_TOKEN, oauthRoot: config.ZALO_OAUTH_ROOT, now,
  });
  const api = oaApi({ apiRoot: config.ZALO_OA_API_ROOT, tokens });
  const gate = createChatGate({ config, i18n, log });

  return {
    name: 'zalo-oa',
    senders: { 'zalo-oa': oaSender({ api, i18n, store: database.store, log, kick: ctx.kickDelivery, now, desk: opts.desk }) },
    routes(http: FastifyInstance) {
      // An encapsulated scope: only this route reads its body as raw bytes (the signature covers the exact bytes).
      void http.register(async (scope) => {
        scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
        scope.removeContentTypeParser('application/json');
        scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
        scope.post(OA_WEBHOOK_PATH, async (req, reply) => {
          const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const header = req.headers['x-zevent-signature'];
          const verdict = verifyWebhook(raw, Array.isArray(header) ? header[0] : header, secretKey, now().getTime());
          if (!verdict.ok) {
            log.warn({ reason: verdict.reason }, 'Zalo OA webhook refused');
            return reply.code(401).send({ error: 'unauthorized' });
          }
          const inbound = toInbound(verdict.event, now(), secretKey);
          if (inbound.kind === 'ignored') {
            // The event's name only: its content may identify the person.
            log.debug({ event: inbound.eventName }, 'Zalo OA event ignored');
            return reply.code(200).send({ ok: true });
          }
          // Over the user's limit: one notice with the numbers per window, the rest acknowledged and dropped. The
          // notice is not awaited: Zalo wants its answer within ~2 s, and a token refresh could take longer.
          const userId = inbound.message.address.chatId;
          const notify = async (text: string) => void api.sendCs(userId, text).catch((e) => log.debug({ code: (e as { code?: unknown }).code }, 'rate-limit notice not sent'));
          if (!(await gate.admit(inbound.message, 'vi', notify))) return reply.code(200).send({ ok: true });
          try {
            await core.handle(inbound.message);
          } catch (error) {
            log.error({ err: errorFields(error) }, 'Zalo OA message failed');
            // Not committed: Zalo sends it again.
            return reply.code(500).send({ error: 'retry' });
          }
          return reply.code(200).send({ ok: true });
        });
      });
    },
    async start() {
      log.info('Zalo OA channel on');
    },
  };
}

// The admin dashboard and counsellor console under /admin: sessions (signed cookie → hashed token in the
// database), CSRF on every form, login rate limits, and the pages. Every page but the login, the language switch
// and the static files needs a signed-in account; a signed-out request is redirected to the login.
import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import type { AppContext, AppModule } from '../app.js';
import type { CounsellorActions } from '../handoff/counsellor-actions.js';
import type { AdminDeps } from './context.js';
import { accountRoutes } from './account-routes.js';
import { auditRoutes } from './audit-routes.js';
import { campaignRoutes } from './campaign-routes.js';
import { caseRoutes } from './case-routes.js';
import { consoleRoutes } from './console-routes.js';
import { directoryRoutes } from './directory-routes.js';
import { gbvimsRowsRoutes } from './gbvims-rows-routes.js';
import { loginRoutes } from './login-routes.js';
import { passwordRoutes } from './password-routes.js';
import { reportRoutes } from './report-routes.js';
import { sessions } from './session.js';
import { staticRoutes } from './static-routes.js';

export interface AdminOptions {
  /** The hand-off's counsellor actions (built once the hand-off knows its desk). */
  actions: () => CounsellorActions;
  consoleOn: boolean;
  record?: AdminDeps['record'];
  now?: () => Date;
}

const OPEN_PATHS = new Set(['/admin/login', '/admin/lang', '/admin/static/admin.css', '/admin/static/admin.js']);

export function adminModule(ctx: AppContext, opts: AdminOptions): AppModule {
  const now = opts.now ?? (() => new Date());
  const deps: AdminDeps = {
    config: ctx.config, store: ctx.database.store, i18n: ctx.i18n, sealer: ctx.sealer, pseudonymise: ctx.pseudonymise, campaigns: ctx.campaigns, now,
    sessions: sessions({ store: ctx.database.store, idleMinutes: ctx.config.ADMIN_IDLE_MINUTES, secure: ctx.config.NODE_ENV === 'production', now }),
    actions: opts.actions, consoleOn: opts.consoleOn, record: opts.record ?? (async () => {}),
  };
  // The cookie-signing secret is derived from the pseudonym secret: nothing more to configure, shared by instances.
  const cookieSecret = ctx.pseudonymise('admin-cookie', 'secret');

  return {
    name: 'admin',
    routes(http) {
      http.register(async (app: FastifyInstance) => {
        await app.register(fastifyCookie, { secret: cookieSecret });
        await app.register(fastifyFormbody);
        await app.register(fastifyCsrf, { cookieKey: 'tc_csrf', cookieOpts: { path: '/admin', httpOnly: true, sameSite: 'strict', signed: true, secure: ctx.config.NODE_ENV === 'production' } });
        await app.register(fastifyRateLimit, { global: false });
        app.addHook('onRequest', async (req, reply) => {
          const path = req.url.split('?')[0]!;
          if (OPEN_PATHS.has(path)) {
            if (path === '/admin/login') req.signedIn = (await deps.sessions.current(req)) ?? undefined;
            return;
          }
          const signedIn = await deps.sessions.current(req);
          if (!signedIn) {
            if (path.startsWith('/admin/api/')) return reply.code(401).send({ error: 'signed_out' });
            return reply.redirect('/admin/login', 303);
          }
          req.signedIn = signedIn;
        });
        staticRoutes(app);
        loginRoutes(app, deps);
        app.get('/', async (req, reply) => reply.redirect(req.signedIn!.account.role === 'admin' ? '/admin/cases' : '/admin/console'));
        caseRoutes(app, deps);
        consoleRoutes(app, deps);
        reportRoutes(app, deps);
        gbvimsRowsRoutes(app, deps);
        directoryRoutes(app, deps);
        auditRoutes(app, deps);
        accountRoutes(app, deps);
        campaignRoutes(app, deps);
        passwordRoutes(app, deps);
      }, { prefix: '/admin' });
    },
  };
}

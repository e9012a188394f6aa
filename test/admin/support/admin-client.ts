// A signed-in (or not) dashboard client over real HTTP: keeps cookies like a browser, reads the CSRF token from
// a page's form, and creates accounts through the account repository.
import type { TestApp } from '../../support/test-app.js';
import { hashPassword } from '../../../src/admin/password.js';
import type { Role } from '../../../src/db/repositories/index.js';

export const PASSWORD = 'a-long-Passphrase-42';

export async function createAccount(t: TestApp, email: string, role: Role, alias = email.split('@')[0]!) {
  return t.app.database.store.accounts.create({ email, role, alias, passwordHash: await hashPassword(PASSWORD) });
}

export interface AdminClient {
  get(path: string): Promise<Response>;
  post(path: string, form: Record<string, string>, opts?: { csrf?: boolean; from?: string }): Promise<Response>;
  /** The CSRF token from the form on `path`. */
  csrfFrom(path: string): Promise<string>;
  login(email: string, password?: string): Promise<Response>;
}

export function adminClient(t: TestApp, headers: Record<string, string> = {}): AdminClient {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i), value = pair!.slice(i + 1);
      if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name); else jar.set(name, value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const self: AdminClient = {
    get: async (path) => remember(await fetch(`${t.url}${path}`, { redirect: 'manual', headers: { cookie: cookie(), ...headers } })),
    async csrfFrom(path) {
      const body = await (await self.get(path)).text();
      const m = /name="_csrf" value="([^"]+)"/.exec(body);
      if (!m) throw new Error(`no CSRF token on ${path}`);
      return m[1]!;
    },
    async post(path, form, opts = {}) {
      const body = new URLSearchParams(form);
      if (opts.csrf !== false) body.set('_csrf', await self.csrfFrom(opts.from ?? '/admin/login'));
      return remember(await fetch(`${t.url}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }));
    },
    login: (email, password = PASSWORD) => self.post('/admin/login', { email, password }),
  };
  return self;
}

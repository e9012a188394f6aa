// `npm run admin:create -- EMAIL`: creates the first admin (or resets an existing account's password). The password is read from ADMIN_PASSWORD (scripts) or prompted without echo; a weak one is refused
// with the reason.
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.js';
import { loadTranslator } from '../core/i18n.js';
import { openDatabase } from '../db/database.js';
import { hashPassword, passwordProblem } from './password.js';

async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: echo nothing but the question.
  const out = rl as unknown as { _writeToOutput?: (s: string) => void };
  let asked = false;
  out._writeToOutput = (s: string) => { if (!asked) { process.stdout.write(s); asked = true; } };
  const answer = await rl.question(question);
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const email = (process.argv[2] ?? '').trim().toLowerCase();
const t = loadTranslator();
if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('Usage: npm run admin:create -- you@example.org');
  process.exit(2);
}
const password = process.env.ADMIN_PASSWORD ?? (await prompt('Mật khẩu / Password: '));
const problem = passwordProblem(password, email);
if (problem) {
  console.error(`${t.t('vi', problem)}\n${t.t('en', problem)}`);
  process.exit(1);
}
const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await database.migrate();
  const hash = await hashPassword(password);
  const existing = await database.store.accounts.byEmail(email);
  if (existing) {
    await database.store.accounts.setPassword(existing.id, hash);
    console.log(`Updated the password of ${email}.`);
  } else {
    await database.store.accounts.create({ email, role: 'admin', alias: email.split('@')[0]!.slice(0, 40), passwordHash: hash });
    console.log(`Created the admin ${email}. Sign in at /admin.`);
  }
  await database.store.audit.write({ accountId: null, actor: 'terminal', action: existing ? 'account.password' : 'account.create', target: email, at: new Date() });
} finally {
  await database.close();
}

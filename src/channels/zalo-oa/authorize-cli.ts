// `npm run zalo:authorize`: stores the first OA token pair in the database (sealed). Run it once per deployment,
// and again whenever the refresh token has lapsed (~3 months unused).
//   npm run zalo:authorize                               PKCE: prints the permission URL, asks for the callback URL
//   npm run zalo:authorize -- --redirect-uri https://…   the callback registered for the app (default: asked)
//   npm run zalo:authorize -- --refresh-token            asks for a refresh token pasted from the developer console
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { loadKeys } from '../../privacy/keys.js';
import { createSealer } from '../../privacy/sealer.js';
import { authorizeWithCode, authorizeWithRefreshToken, codeFrom, permissionUrl, pkce } from './authorize.js';

// The refresh token is what this command obtains: it may not be configured yet.
const config = loadConfig({ ZALO_OA_REFRESH_TOKEN: 'obtained-by-zalo-authorize', ...process.env });
if (!config.ZALO_OA_APP_ID || !config.ZALO_OA_APP_SECRET) {
  console.error('Set ZALO_OA_APP_ID and ZALO_OA_APP_SECRET (and ZALO_OA_SECRET_KEY) first: see README "Zalo".');
  process.exit(1);
}
const app = { appId: config.ZALO_OA_APP_ID, appSecret: config.ZALO_OA_APP_SECRET, oauthRoot: config.ZALO_OAUTH_ROOT };
const args = process.argv.slice(2);
const rl = createInterface({ input: process.stdin, output: process.stdout });
const keys = await loadKeys(config);
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await database.migrate();
  const sealer = createSealer(keys.encryptionKey);
  let expires: Date;
  if (args.includes('--refresh-token')) {
    const token = (await rl.question('Refresh token (from the Zalo developer console): ')).trim();
    expires = await authorizeWithRefreshToken(database.store, sealer, app, token);
  } else {
    const at = args.indexOf('--redirect-uri');
    const redirectUri = at >= 0 && args[at + 1] ? args[at + 1]! : (await rl.question('Callback URL registered for the app (redirect_uri): ')).trim();
    const { verifier, challenge, state } = pkce();
    console.log(`\nOpen this URL as an admin of the Official Account and approve:\n\n  ${permissionUrl(app, redirectUri, challenge, state)}\n`);
    const pasted = await rl.question('Paste the URL you were sent back to (or just its code): ');
    expires = await authorizeWithCode(database.store, sealer, app, codeFrom(pasted, state), verifier);
  }
  console.log(`Stored the OA token pair (sealed). The access token is valid until ${expires.toISOString()}; it is refreshed automatically.`);
} catch (error) {
  console.error(`Authorization failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rl.close();
  await database.close();
}

// Debian's Chromium for the browser tests, through playwright-core. Where Chromium is missing a browser test is
// skipped visibly (`describe.skipIf(!haveBrowser)`); with REQUIRE_BROWSER=1 (CI installs Chromium) it fails instead.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);

/** A headless Chromium that never reaches the network on its own (no QUIC, no background fetches). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// The primary counselling line is configuration: 18008080 by default, shown with its scope; a deployment sets its
// own line (PRIMARY_HOTLINE, PRIMARY_HOTLINE_SCOPE) and every "call the counselling line" sentence names it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, textGlobals } from '../../../src/config.js';
import { LANGS, LOCALES_DIR, loadTranslator } from '../../../src/core/i18n.js';

const OTHER = { PRIMARY_HOTLINE: '18001111', PRIMARY_HOTLINE_SCOPE: 'Đường dây tư vấn của tỉnh Ví Dụ' };
/** Sentences that tell a person to call the counselling line. */
const CALL_THE_LINE = ['danger-numbers', 'counsellor-none', 'escalation-unavailable', 'escalation-out-of-hours', 'escalation-delayed',
  'relay-no-counsellor', 'error-fallback', 'intake-no-contact', 'selfharm-alone'];
/** The hotline table's own label for the row of 18008080 (shown next to that number, with its area). */
const ROW_LABELS = ['hotline-operator-18008080'];

function allKeys(lang: string): string[] {
  return readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.ftl'))
    .flatMap((f) => [...readFileSync(join(LOCALES_DIR, lang, f), 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]!));
}
const ARGS = { alias: 'Lan', text: 'x', minutes: 5, time: '07:00', ref: 'TC-ACD347', callback: 'chat', referral: 'yes', queued: 'no', kind: 'physical' };

describe('the primary counselling line', () => {
  it('is 18008080 with its scope by default', () => {
    const i18n = loadTranslator(textGlobals(loadConfig({})));
    for (const lang of LANGS) expect(i18n.t(lang, 'danger-numbers')).toMatch(/18008080 — .*Thái Nguyên/);
  });

  it('needs its scope when a deployment sets another line, and names the variable otherwise', () => {
    expect(() => loadConfig({ PRIMARY_HOTLINE: '18001111' })).toThrow(ConfigError);
    try { loadConfig({ PRIMARY_HOTLINE: '18001111' }); } catch (e) { expect((e as ConfigError).variables).toContain('PRIMARY_HOTLINE_SCOPE'); }
    expect(() => loadConfig({ PRIMARY_HOTLINE: '1800-abc', PRIMARY_HOTLINE_SCOPE: 'x y' })).toThrow(/PRIMARY_HOTLINE/);
  });

  it.each(LANGS)('with another line configured, no text shows 18008080 as the counselling line (%s)', (lang) => {
    const i18n = loadTranslator(textGlobals(loadConfig(OTHER)));
    const keys = allKeys(lang);
    expect(keys.length).toBeGreaterThan(200);
    const showing = keys.filter((k) => !ROW_LABELS.includes(k) && i18n.t(lang, k, ARGS).includes('18008080'));
    expect(showing).toEqual([]);
    for (const key of CALL_THE_LINE) {
      const text = i18n.t(lang, key, ARGS);
      expect(text, key).toContain('18001111');
    }
    expect(i18n.t(lang, 'danger-numbers')).toContain('18001111 — Đường dây tư vấn của tỉnh Ví Dụ');
  });
});

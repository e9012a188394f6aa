import { loadConfig, textGlobals } from '../../src/config.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../flows/contract.js';
import { LOCALES_DIR, loadTranslator } from '../../src/core/i18n.js';
import { RIGHTS_TOPIC_IDS, rightsSources } from '../../src/directory/rights.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
const LANGS: Lang[] = ['vi', 'en'];
const HELP_LINE: Record<Lang, string> = { vi: 'Nơi giúp:', en: 'Where to get help:' };

/** The messages of a .ftl file with the comment lines directly above each. */
function messagesWithComments(lang: Lang): Map<string, string[]> {
  const lines = readFileSync(join(LOCALES_DIR, lang, 'rights.ftl'), 'utf8').split('\n');
  const out = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const m = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
    if (!m) return;
    const comments: string[] = [];
    for (let j = i - 1; j >= 0 && lines[j]!.startsWith('#'); j--) comments.unshift(lines[j]!);
    out.set(m[1]!, comments);
  });
  return out;
}

describe('rights texts', () => {
  it.each(LANGS)('cite a legal source above every answer in rights.ftl (%s) and in rights-sources.json', (lang) => {
    const messages = messagesWithComments(lang);
    const answers = [...messages.keys()].filter((k) => k.startsWith('rights-') && !k.startsWith('rights-topic-'));
    expect(answers.sort()).toEqual(RIGHTS_TOPIC_IDS.map((id) => `rights-${id}`).sort());
    for (const key of answers) {
      const sourceLines = messages.get(key)!.filter((c) => c.startsWith('# source: '));
      expect(sourceLines.length, `${lang} ${key} has no "# source:" comment`).toBeGreaterThan(0);
      for (const s of sourceLines) expect(s, `${lang} ${key}`).toMatch(/^# source: .+ — https?:\/\/\S+/);
      const sources = rightsSources[key.slice('rights-'.length)];
      expect(sources?.length, `rights-sources.json has nothing for ${key}`).toBeGreaterThan(0);
      for (const s of sources!) {
        expect(s.law.trim()).not.toBe('');
        expect(s.articles.trim()).not.toBe('');
        expect(s.url).toMatch(/^https:\/\/\S+$/);
      }
    }
  });

  it('have a source entry only for topics that exist', () => {
    expect(Object.keys(rightsSources).sort()).toEqual([...RIGHTS_TOPIC_IDS].sort());
  });

  it.each(LANGS)('are short (at most 700 characters), render without problems and end with where to get help (%s)', (lang) => {
    for (const id of RIGHTS_TOPIC_IDS) {
      for (const key of [`rights-${id}`, `rights-topic-${id}`]) expect(i18n.problems(lang, key)).toEqual([]);
      const text = i18n.t(lang, `rights-${id}`);
      expect(text.length, `${lang} rights-${id} is ${text.length} characters`).toBeLessThanOrEqual(700);
      expect(text.split('\n').at(-1), `${lang} rights-${id}`).toContain(HELP_LINE[lang]);
      expect(i18n.t(lang, `rights-topic-${id}`).length).toBeLessThanOrEqual(40);
    }
  });

  it('state the no-contact order limits of the 2022 law (3 days, 12 hours, 4 months) in both languages', () => {
    expect(i18n.t('vi', 'rights-protection-order')).toMatch(/tối đa 3 ngày[\s\S]*12 giờ[\s\S]*tối đa 4 tháng/);
    expect(i18n.t('en', 'rights-protection-order')).toMatch(/up to 3 days[\s\S]*12 hours[\s\S]*up to 4 months/);
  });
});

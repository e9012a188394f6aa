import { loadConfig, textGlobals } from '../../src/config.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../flows/contract.js';
import { LOCALES_DIR, loadTranslator } from '../../src/core/i18n.js';
import { RIGHTS_TOPIC_IDS, rightsSources } from '../../src/directory/rights.js';
import { RIGHTS_TOPICS } from '../../flows/main/rights.js';
import { Chat } from '../flows/main/chat.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
const LANGS: Lang[] = ['vi', 'en'];
const HELP_LINE: Record<Lang, string> = { vi: 'Nơi giúp:', en: 'Where to get help:' };
/** A source the person can read: a named law, code or decree with its number or year, and an article or chapter. */
const SOURCE_LINE: Record<Lang, RegExp> = {
  vi: /^Nguồn: (Luật|Bộ luật|Nghị định) .*\d{4}.*(Điều|Chương) [\dIVX]+/,
  en: /^Source: .*(Law|Code|Decree).*\d{4}.*(Articles?|Chapter) [\dIVX]+/,
};

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
    const answers = [...messages.keys()].filter((k) => k.startsWith('rights-') && !k.startsWith('rights-topic-') && !k.startsWith('rights-source-'));
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
    expect([...RIGHTS_TOPICS]).toEqual([...RIGHTS_TOPIC_IDS]);
  });

  it.each(LANGS)('are short (at most 700 characters before the source line), render without problems, say where to get help and end with their source (%s)', (lang) => {
    for (const id of RIGHTS_TOPIC_IDS) {
      for (const key of [`rights-${id}`, `rights-topic-${id}`, `rights-source-${id}`]) expect(i18n.problems(lang, key)).toEqual([]);
      const lines = i18n.t(lang, `rights-${id}`).split('\n');
      const body = lines.slice(0, -1).join('\n');
      expect(body.length, `${lang} rights-${id} is ${body.length} characters`).toBeLessThanOrEqual(700);
      expect(lines.at(-2), `${lang} rights-${id}`).toContain(HELP_LINE[lang]);
      expect(lines.at(-1)).toBe(i18n.t(lang, `rights-source-${id}`));
      expect(lines.at(-1)).toMatch(SOURCE_LINE[lang]);
      expect(i18n.t(lang, `rights-topic-${id}`).length).toBeLessThanOrEqual(40);
    }
  });

  it('state the no-contact order limits of the 2022 law (3 days, 12 hours, 4 months) in both languages', () => {
    expect(i18n.t('vi', 'rights-protection-order')).toMatch(/tối đa 3 ngày[\s\S]*12 giờ[\s\S]*tối đa 4 tháng/);
    expect(i18n.t('en', 'rights-protection-order')).toMatch(/up to 3 days[\s\S]*12 hours[\s\S]*up to 4 months/);
  });

  it.each(LANGS)('shows every rights screen in the chat with its source as the last line the person reads (%s)', (lang) => {
    const chat = new Chat();
    if (lang === 'en') { chat.command('lang'); chat.tap('en'); }
    chat.tap('rights');
    for (const id of RIGHTS_TOPIC_IDS) {
      const turn = chat.tap(id);
      const answer = turn.effects.find((e) => e.type === 'say' && e.key === `rights-${id}`);
      expect(answer, `rights-${id} said`).toBeDefined();
      const said = chat.t.t(lang, `rights-${id}`);
      expect(turn.text).toContain(said);
      expect(said.split('\n').at(-1)).toMatch(SOURCE_LINE[lang]);
    }
  });

  it('covers the topics people ask about: the Penal Code, fines, reporting to the police, no-contact orders, divorce and custody', () => {
    expect(RIGHTS_TOPIC_IDS).toEqual(expect.arrayContaining(['criminal-offences', 'fines', 'report-police', 'protection-order', 'divorce-custody']));
    expect(i18n.t('vi', 'rights-source-criminal-offences')).toMatch(/Bộ luật Hình sự 2015.*Điều 141.*Điều 185/);
    expect(i18n.t('vi', 'rights-source-fines')).toMatch(/Nghị định 282\/2025\/NĐ-CP.*144\/2021\/NĐ-CP/);
    expect(i18n.t('vi', 'rights-source-divorce-custody')).toMatch(/Luật Hôn nhân và gia đình 2014.*Điều 81/);
    expect(i18n.t('vi', 'rights-source-dv-definition')).toContain('Luật Phòng, chống bạo lực gia đình 2022 (số 13/2022/QH15), Điều');
  });
});

// The main flow's texts exist in both languages, key for key, and the texts other modules send on the flow's
// behalf (the reference code after submit) render with their arguments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/core/i18n.js';
import { translator } from './chat.js';

const FILES = ['main.ftl', 'danger.ftl', 'intake.ftl', 'find-help.ftl', 'counsellor.ftl'];
const ids = (lang: string, file: string) =>
  readFileSync(join(LOCALES_DIR, lang, file), 'utf8').split('\n').map((l) => /^([a-zA-Z][\w-]*) =/.exec(l)?.[1]).filter(Boolean);

describe('main flow texts', () => {
  it.each(FILES)('%s has the same keys in Vietnamese and English', (file) => {
    expect(ids('en', file)).toEqual(ids('vi', file));
  });

  it('renders the reference code the case module sends after submit', () => {
    const t = translator();
    for (const lang of ['vi', 'en'] as const) {
      expect(t.problems(lang, 'case-submitted', { ref: 'TC-7K3M9Q' })).toEqual([]);
      expect(t.t(lang, 'case-submitted', { ref: 'TC-7K3M9Q' })).toContain('TC-7K3M9Q');
    }
  });

  it('names 18008080 only as the Thái Nguyên centre’s counselling line, without hours or cost it has no source for', () => {
    const t = translator();
    const vi = t.t('vi', 'danger-numbers');
    const line = vi.split('\n').find((l) => l.includes('18008080'))!;
    expect(line).toMatch(/Thái Nguyên/);
    expect(line).not.toMatch(/24\/7|miễn phí/);
  });
});

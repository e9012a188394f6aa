// Every user-facing sentence lives in flows/locales/<lang>/*.ftl (Fluent). Vietnamese first, English second.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang, TextArgs } from '../../flows/contract.js';
import { AppError } from './errors.js';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const LOCALES_DIR = resolve(import.meta.dirname, '../../flows/locales');

/** The one language fallback: a stored or requested language we have texts for ("en", "en-US" → en), else
 * Vietnamese — the default for anyone whose language is unknown. */
export function langOf(value: unknown): Lang {
  // Anything may arrive here (a platform's language_code is data from outside): only a string is read.
  const primary = typeof value === 'string' ? value.trim().split(/[-_]/)[0]?.toLowerCase() : undefined;
  return LANGS.find((l) => l === primary) ?? 'vi';
}

/** The best language of an Accept-Language header ("en-US,en;q=0.9,vi;q=0.8"), by weight; Vietnamese when none
 * of ours is asked for. */
export function preferredLang(header: string | null | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const primary = tag.trim().split('-')[0]?.toLowerCase();
    const lang = LANGS.find((l) => l === primary);
    if (lang && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'vi';
}

export interface Translator {
  t(lang: Lang, key: string, args?: TextArgs): string;
  has(lang: Lang, key: string): boolean;
  /** Problems found while rendering (missing keys, bad arguments); tests assert there are none. */
  problems(lang: Lang, key: string, args?: TextArgs): string[];
}

/** `globals` are arguments every text may use (for example the retention period from the configuration). */
export function loadTranslator(globals: TextArgs = {}, dir = LOCALES_DIR): Translator {
  const bundles = new Map<Lang, FluentBundle>();
  for (const lang of LANGS) {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.ftl')).sort()) {
      const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, lang, file), 'utf8')));
      if (errors.length) throw new AppError('data_invalid', `${lang}/${file}: ${errors.map((e) => e.message).join('; ')}`, { details: { file: `${lang}/${file}` } });
    }
    bundles.set(lang, bundle);
  }
  const format = (lang: Lang, key: string, args: TextArgs | undefined, errors: Error[]): string | undefined => {
    const bundle = bundles.get(lang);
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return undefined;
    return bundle.formatPattern(message.value, { ...globals, ...args } as Record<string, FluentVariable>, errors);
  };
  return {
    t(lang, key, args) {
      // A missing English text falls back to Vietnamese, a missing Vietnamese text to the key: never a crash.
      return format(lang, key, args, []) ?? format('vi', key, args, []) ?? key;
    },
    has: (lang, key) => Boolean(bundles.get(lang)?.getMessage(key)?.value),
    problems(lang, key, args) {
      const errors: Error[] = [];
      const text = format(lang, key, args, errors);
      return text === undefined ? [`${lang}: missing ${key}`] : errors.map((e) => `${lang}: ${key}: ${e.message}`);
    },
  };
}

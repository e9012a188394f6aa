// The one language fallback: whatever language is stored or asked for, a person gets texts we have, Vietnamese first.
import { describe, expect, it } from 'vitest';
import { langOf, loadTranslator, preferredLang } from '../../src/core/i18n.js';

describe('langOf', () => {
  it.each([['en', 'en'], ['vi', 'vi'], ['EN', 'en'], ['en-US', 'en'], ['vi_VN', 'vi']] as const)('maps %j to %s', (value, lang) => {
    expect(langOf(value)).toBe(lang);
  });

  it.each([undefined, null, '', 'fr', 'km', 'english'])('falls back to Vietnamese for %j', (value) => {
    expect(langOf(value)).toBe('vi');
  });
});

describe('preferredLang', () => {
  it.each([
    ['en-US,en;q=0.9,vi;q=0.8', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.3,vi;q=0.7', 'vi'],
    ['en;q=0, vi', 'vi'],
    ['fr', 'vi'],
    ['', 'vi'],
    ['*', 'vi'],
  ] as const)('reads %j as %s', (header, lang) => {
    expect(preferredLang(header)).toBe(lang);
  });

  it('is Vietnamese when no header was sent', () => {
    expect(preferredLang(undefined)).toBe('vi');
  });
});

describe('translator', () => {
  it('renders a text in the fallen-back language', () => {
    const i18n = loadTranslator();
    expect(i18n.t(langOf('fr'), 'choice-exit')).toBe(i18n.t('vi', 'choice-exit'));
    expect(i18n.t(langOf('en-GB'), 'choice-exit')).toBe(i18n.t('en', 'choice-exit'));
  });
});

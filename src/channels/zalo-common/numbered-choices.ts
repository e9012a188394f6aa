// Choices on a channel without buttons (the Zalo Bot, and OA messages with more than five choices): the flow's
// choices are listed as numbered lines — the core already matches a typed number against the current choices —
// and the two universal options get fixed answers that work on every screen: 0 for the emergency numbers, and
// the word "thoát" for the quick exit. `typedUniversalChoice` is the other half: the adapter turns those typed
// answers into the same choice a button would send.
import { EXIT_CHOICE, SOS_CHOICE } from '../../core/render.js';
import type { OutboundChoice } from '../../core/messages.js';
import type { Translator } from '../../core/i18n.js';

const UNIVERSAL: ReadonlySet<string> = new Set([SOS_CHOICE, EXIT_CHOICE]);

/** The text of a message with its choices written out as lines (labels already carry their numbers). */
export function withNumberedChoices(text: string, choices: readonly OutboundChoice[] | undefined, i18n: Translator, lang: 'vi' | 'en' = 'vi'): string {
  if (!choices?.length) return text;
  const own = choices.filter((c) => !UNIVERSAL.has(c.id)).map((c) => c.label);
  const lines = [text];
  if (own.length) lines.push('', ...own);
  const universal: string[] = [];
  if (choices.some((c) => c.id === SOS_CHOICE)) universal.push(i18n.t(lang, 'zalo-typed-sos'));
  if (choices.some((c) => c.id === EXIT_CHOICE)) universal.push(i18n.t(lang, 'zalo-typed-exit'));
  if (universal.length) lines.push('', ...universal);
  return lines.join('\n');
}

/** "0" → the emergency numbers, "thoát" / "thoat" / "exit" → the quick exit; anything else is not universal. */
export function typedUniversalChoice(text: string): typeof SOS_CHOICE | typeof EXIT_CHOICE | null {
  const t = text.trim().toLowerCase().normalize('NFC').replace(/[.!\s]+$/u, '');
  if (t === '0') return SOS_CHOICE;
  if (t === 'thoát' || t === 'thoat' || t === 'exit') return EXIT_CHOICE;
  return null;
}

// Turns a flow's prompt (message keys) into an outbound message in the person's language. Every prompt also
// carries the two universal options — emergency numbers and quick exit — so both are one step away everywhere.
import type { Lang, Prompt } from '../../flows/contract.js';
import type { OutboundChoice, OutboundMessage } from './messages.js';
import type { Translator } from './i18n.js';

export const SOS_CHOICE = '_sos';
export const EXIT_CHOICE = '_exit';
export const UNIVERSAL_CHOICES = [SOS_CHOICE, EXIT_CHOICE] as const;

export function renderPrompt(i18n: Translator, lang: Lang, prompt: Prompt, lead?: string): OutboundMessage {
  const choices: OutboundChoice[] = (prompt.choices ?? []).map((c, i) => ({ id: c.id, label: `${i + 1}. ${i18n.t(lang, c.key, c.args)}` }));
  choices.push({ id: SOS_CHOICE, label: i18n.t(lang, 'choice-sos') }, { id: EXIT_CHOICE, label: i18n.t(lang, 'choice-exit') });
  const text = i18n.t(lang, prompt.key, prompt.args);
  const out: OutboundMessage = { text: lead ? `${lead}\n\n${text}` : text, choices, lang };
  if (prompt.askLocation) {
    out.askLocation = true;
    out.location = { label: i18n.t(lang, 'share-location'), hint: i18n.t(lang, 'share-location-hint') };
  }
  return out;
}

/** Labels of a prompt's choices in every language, in display order, for matching typed answers. */
export function choiceLabels(i18n: Translator, prompt: Prompt): { id: string; labels: string[] }[] {
  return (prompt.choices ?? []).map((c) => ({ id: c.id, labels: (['vi', 'en'] as Lang[]).map((l) => i18n.t(l, c.key, c.args)) }));
}

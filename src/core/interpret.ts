// Decides which flow event an inbound message is. Risk words win over everything: they interrupt any state.
// Typed text is matched against the current choices, so typing works wherever a button does.
import type { FlowEvent, Prompt } from '../../flows/contract.js';
import { isReferenceCode } from '../../flows/main/reference-code.js';
import { explainRisk, fold, isMenuWord, matchChoice } from '../../flows/text/index.js';
import { isCommand } from './commands.js';
import type { InboundContent } from './messages.js';
import type { Translator } from './i18n.js';
import { choiceLabels, EXIT_CHOICE, SOS_CHOICE } from './render.js';

export type Interpretation =
  | { kind: 'event'; event: FlowEvent }
  /** A button that is not on the current screen (old or forged). */
  | { kind: 'expired' }
  /** Text that matched no option where the state expects one. */
  | { kind: 'unknown' };

export { COMMANDS } from './commands.js';

/** "🆘" typed alone (with or without the emoji variation selector, spaces or repeats) is the emergency button. */
const SOS_TYPED = /^\s*(?:\u{1F198}\u{FE0F}?\s*)+$/u;

export function interpret(content: InboundContent, prompt: Prompt | undefined, i18n: Translator, at: number): Interpretation {
  switch (content.kind) {
    case 'command': {
      const command = content.command.toLowerCase();
      return isCommand(command) ? { kind: 'event', event: { type: 'user.command', command, at } } : { kind: 'unknown' };
    }
    case 'location':
      return { kind: 'event', event: { type: 'user.location', latitude: content.latitude, longitude: content.longitude, at } };
    case 'unsupported':
      return { kind: 'event', event: { type: 'user.unsupported', kind: content.contentKind, at } };
    case 'choice': {
      if (content.id === SOS_CHOICE) return { kind: 'event', event: { type: 'user.command', command: 'khancap', at } };
      if (content.id === EXIT_CHOICE) return { kind: 'event', event: { type: 'user.command', command: 'thoat', at } };
      const known = prompt?.choices?.some((c) => c.id === content.id);
      return known ? { kind: 'event', event: { type: 'user.choice', id: content.id, at } } : { kind: 'expired' };
    }
    case 'text': {
      const text = content.text;
      if (SOS_TYPED.test(text)) return { kind: 'event', event: { type: 'user.command', command: 'khancap', at } };
      const { risk, byModel } = explainRisk(text);
      const choices = prompt?.choices?.length ? choiceLabels(i18n, prompt) : [];
      // The rules' words interrupt any question. The model's reading alone does not override an answer that is, word
      // for word, one of the choices on screen ("chỉ mình tôi dùng"): the person answered the question. A looser match
      // ("ko" for "không" inside a sentence) is not enough to drop a flag.
      const typed = fold(text);
      if (risk && !(byModel && choices.some((c) => c.labels.some((l) => fold(l) === typed)))) {
        return { kind: 'event', event: { type: 'user.risk', risk, text, at } };
      }
      const id = choices.length ? matchChoice(text, choices) : undefined;
      if (id) return { kind: 'event', event: { type: 'user.choice', id, at } };
      if (isMenuWord(text)) return { kind: 'event', event: { type: 'user.command', command: 'menu', at } };
      // A case reference code is a question on any screen ("where is my report?"), not an unknown answer.
      if (prompt && !prompt.freeText && prompt.choices?.length && !isReferenceCode(text)) return { kind: 'unknown' };
      return { kind: 'event', event: { type: 'user.text', text, at } };
    }
  }
}

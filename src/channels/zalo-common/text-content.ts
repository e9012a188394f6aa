// Typed text from a Zalo user → core content: "/khancap"-style commands, the universal typed answers of a
// button-less screen (see numbered-choices.ts), and otherwise plain text for the core to interpret.
import type { InboundContent } from '../../core/messages.js';
import { typedUniversalChoice } from './numbered-choices.js';

export function textContent(text: string): InboundContent {
  const command = /^\/([a-z_]+)(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (command) return { kind: 'command', command: command[1]!.toLowerCase(), args: command[2] };
  const universal = typedUniversalChoice(text);
  if (universal) return { kind: 'choice', id: universal };
  return { kind: 'text', text };
}

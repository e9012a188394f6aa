// Typed text from a Zalo user → core content. Commands ("/khancap") are read by the core's one parser
// (src/core/commands.ts), so they mean the same as on every other channel. The Zalo-only layer on top: the
// universal typed answers of a button-less screen ("0" for the emergency numbers, "thoát" for the quick exit; see
// numbered-choices.ts). Anything else is plain text for the core to interpret.
import { parseCommand } from '../../core/commands.js';
import type { InboundContent } from '../../core/messages.js';
import { typedUniversalChoice } from './numbered-choices.js';

export function textContent(text: string): InboundContent {
  // Zalo clients may keep a stray space around a typed command: trimmed for the command only, the text stays as typed.
  const command = parseCommand(text.trim());
  if (command) return { kind: 'command', ...command };
  const universal = typedUniversalChoice(text);
  if (universal) return { kind: 'choice', id: universal };
  return { kind: 'text', text };
}

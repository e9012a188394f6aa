// Slash commands: the list every channel offers and the one parser of typed text. Adapters pass the person's text
// here and never parse it themselves, so "/menu" means the same on the web, Telegram and Zalo.
import type { InboundContent } from './messages.js';

/** The commands every channel offers; the flows handle them (Telegram publishes them as its command menu). */
export const COMMANDS = ['start', 'menu', 'help', 'khancap', 'thoat', 'xoa', 'lang'] as const;
export type CommandName = (typeof COMMANDS)[number];

const KNOWN: ReadonlySet<string> = new Set(COMMANDS);

export function isCommand(name: string): name is CommandName {
  return KNOWN.has(name);
}

// "/name", optionally "@botname" (Telegram appends it when a command is picked from the menu in some clients),
// then arguments that may span lines.
const COMMAND = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i;

/** A typed slash command, lower-cased, or undefined for ordinary text. Unknown commands are parsed too: the core
 * answers them like text it did not understand. */
export function parseCommand(text: string): { command: string; args?: string } | undefined {
  const match = COMMAND.exec(text);
  if (!match) return undefined;
  return match[2] === undefined ? { command: match[1]!.toLowerCase() } : { command: match[1]!.toLowerCase(), args: match[2] };
}

/** What a channel sends the core for a typed text: a command or the text itself. */
export function typedContent(text: string): InboundContent {
  const command = parseCommand(text);
  return command ? { kind: 'command', ...command } : { kind: 'text', text };
}

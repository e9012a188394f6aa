// Channel-agnostic message types. Channel adapters translate platform payloads into InboundMessage and
// OutboundMessage into platform calls; the core knows nothing else about channels.

export type Channel = 'web' | 'telegram' | 'zalo-oa' | 'zalo-bot';

/** The raw way back to a chat. Only ever stored encrypted (ChatAddress); never logged. */
export interface ChatAddress { chatId: string; [extra: string]: string | number | undefined }

export type InboundContent =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; id: string }
  | { kind: 'command'; command: string; args?: string }
  | { kind: 'location'; latitude: number; longitude: number }
  | { kind: 'unsupported'; contentKind: string };

export interface InboundMessage {
  channel: Channel;
  /** The raw user id on the channel: turned into a pseudonym at the edge of the core, never stored in clear. */
  userId: string;
  address: ChatAddress;
  /** Unique per channel; a repeated id is dropped. */
  updateId: string;
  at: Date;
  content: InboundContent;
  /** Platform message id of what the person sent (kept so a quick exit can delete it). */
  messageId?: string;
}

export interface OutboundChoice { id: string; label: string }

export interface OutboundMessage {
  text: string;
  choices?: OutboundChoice[];
  askLocation?: boolean;
  /** With askLocation: the button label and a one-line hint, in the person's language. */
  location?: { label: string; hint: string };
  clearChat?: boolean;
  /** Unasked messages (a counsellor's answer, a reminder) go silently. */
  silent?: boolean;
  /** For clearChat on channels that delete messages: the ids the channel recorded. */
  deleteMessageIds?: string[];
  /** The person's language, for the texts a channel adds of its own (Zalo: how to delete the chat, typed choices). */
  lang?: 'vi' | 'en';
}

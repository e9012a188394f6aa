// The contract between the pure flow machines and the core that hosts them.
// A flow never performs I/O: it receives events (with the time as data), decides, and *emits* effects that the
// core performs after the step (XState `emit`). What the person sees at each state is declared in the state's
// `meta.prompt`; the core renders it after every step, so an unknown answer is re-prompted for free.

export type TextArgs = Record<string, string | number>;

/** A message key from flows/locales/*.ftl plus its arguments. */
export interface Say { key: string; args?: TextArgs }

export interface ChoiceSpec { id: string; key: string; args?: TextArgs }

/** Declared in a state's `meta.prompt`: the question and its options. Rendered in the person's language. */
export interface Prompt {
  key: string;
  args?: TextArgs;
  choices?: ChoiceSpec[];
  /** Ask the channel to offer a "share my location" button. */
  askLocation?: boolean;
  /** The state accepts free text (the core does not re-prompt on text that matches no choice). */
  freeText?: boolean;
  /** Show the prompt when the state is entered, not again after each message that stays in it (a live chat). */
  quiet?: boolean;
}

export interface StateMeta {
  prompt?: Prompt;
  /** Arguments the prompt reads from the flow's context (pure): the campaign line under the welcome. */
  promptArgs?: (context: never) => TextArgs;
}

// ---- Input: what the core tells a flow about the world (configuration and the clock), never I/O ----

/**
 * Which people exist for this person right now. A flow promises a person (a call, a message, someone reading
 * what they write, "the team") only when that person exists here: see flows/main/people.ts.
 */
export interface People {
  /** At least one counsellors' desk is configured (today the Telegram group with allow-listed counsellors). */
  counsellors: boolean;
  /** The counsellors are on duty now. */
  onDuty: boolean;
  /** Off duty: when they are back ("HH:MM", Vietnam time); absent when no return time can be stated. */
  backAt?: string;
  /** A call-back service (someone who phones people back) is configured. */
  callback: boolean;
}

/**
 * A flow's input. The core passes it when it creates the actor and writes each of its keys into the context
 * again before every step, so a restored conversation always sees today's configuration and hours.
 */
export interface FlowInput { people: People; campaign?: Campaign | null }

/**
 * A short line shown under the welcome for a period: by default the Action Month (15/11–15/12, its text in the
 * locale files), or a line an admin set on the dashboard (its text in both languages, as data).
 */
export type Campaign = { kind: 'action-month' } | { kind: 'custom'; vi: string; en: string };

/** Nobody: the honest default when the core says nothing. */
export const NO_PEOPLE: People = { counsellors: false, onDuty: false, callback: false };

// ---- Events the core sends to a flow (source.verb) ----
export type RiskKind = 'danger' | 'selfharm';
export type FlowEvent =
  | { type: 'user.text'; text: string; at: number }
  | { type: 'user.choice'; id: string; at: number }
  | { type: 'user.command'; command: string; at: number }
  | { type: 'user.location'; latitude: number; longitude: number; at: number }
  | { type: 'user.unsupported'; kind: string; at: number }
  /** Sent instead of user.text when the text carries words of immediate danger or self-harm. */
  | { type: 'user.risk'; risk: RiskKind; text: string; at: number }
  | { type: 'counsellor.joined'; alias: string; at: number }
  /** A counsellor's answer; `alias` is the name they chose (absent: the one they joined with, or none). */
  | { type: 'counsellor.text'; text: string; alias?: string; at: number }
  /** Nobody took the person's request in time; the counsellors are reminded again in about `minutes`. */
  | { type: 'counsellor.reminder'; minutes: number; at: number }
  | { type: 'counsellor.ended'; at: number };

// ---- Effects a flow emits; the core performs them inside the same transaction ----
export type EscalationLevel = 'danger' | 'selfharm' | 'ongoing' | 'talk';
export type Urgency = 'urgent' | 'normal';

export type FlowEffect =
  | { type: 'say'; key: string; args?: TextArgs }
  /** Render data from the database: hotlines, or directory entries near a place. */
  | { type: 'show.hotlines'; emergencyOnly?: boolean }
  | { type: 'show.directory'; province?: string; commune?: string; latitude?: number; longitude?: number; kinds?: string[] }
  /** Create or update the person's open case; `answers` are merged. */
  | { type: 'case.upsert'; urgency?: Urgency; answers?: Record<string, unknown>; province?: string; status?: 'open' | 'draft' | 'submitted' }
  /** Submit the case (the intake's final step): the core replies with its reference code (key `case-submitted`). */
  | { type: 'case.submit' }
  /** Drop the draft case, keeping only the answers named in `keep`. */
  | { type: 'case.abandon'; keep?: string[] }
  /** A reference code the person typed: the core says its status only if the case was made in this chat. */
  | { type: 'case.status'; ref: string }
  | { type: 'escalate'; level: EscalationLevel }
  /** The person agreed that a counsellor may write to them in this chat. */
  | { type: 'relay.allow'; allowed: boolean }
  /** Forward what the person wrote to the counsellor holding their case. */
  | { type: 'relay.toCounsellor'; text: string }
  | { type: 'lang.set'; lang: 'vi' | 'en' }
  /** Switch to the other language (the menu's language item names the other one; the flow does not know which is on). */
  | { type: 'lang.toggle' }
  | { type: 'chat.clear' }
  | { type: 'data.delete' };

export type Lang = 'vi' | 'en';

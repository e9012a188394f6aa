// A conversation with the main flow exactly as production runs it, without a database: each message is turned
// into one event by the core's `interpret()`, the machine is restored from a JSON round-tripped snapshot, stepped
// once by the core's `stepFlow()`, and its effects and next prompt are rendered in the person's language.
import { NO_PEOPLE, type FlowEffect, type FlowEvent, type Lang, type People, type Prompt } from '../../../flows/contract.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { mainMachine } from '../../../flows/main/machine.js';
import { stepFlow } from '../../../src/core/flow-host.js';
import { loadTranslator, type Translator } from '../../../src/core/i18n.js';
import { interpret } from '../../../src/core/interpret.js';
import type { InboundContent } from '../../../src/core/messages.js';
import { renderPrompt, SOS_CHOICE, EXIT_CHOICE } from '../../../src/core/render.js';

export const RETENTION_DAYS = 30;
let shared: Translator | undefined;
export const translator = (): Translator => (shared ??= loadTranslator(textGlobals(loadConfig({ RETENTION_DAYS: String(RETENTION_DAYS) }))));

/** Worlds the flow can be told about (flows/contract.ts People). Flow tests run in `everyone` unless they say. */
export const WORLDS = {
  everyone: { counsellors: true, onDuty: true, callback: true },
  offDuty: { counsellors: true, onDuty: false, backAt: '07:00', callback: true },
  noCallback: { counsellors: true, onDuty: true, callback: false },
  nobody: NO_PEOPLE,
} as const satisfies Record<string, People>;

export interface Turn {
  /** How the core read the message: an event type, or 'unknown' / 'expired' when it asked again. */
  read: string;
  effects: FlowEffect[];
  /** The state the flow is in after the message, as a dotted path ("flow.intake.kinds"). */
  state: string;
  prompt: Prompt | undefined;
  /** Everything the person would read: spoken effects, then the prompt with its numbered choices. */
  text: string;
  choiceIds: string[];
}

const path = (value: unknown): string =>
  typeof value === 'string' ? value : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${path(v)}`).join('|');

export class Chat {
  persisted: unknown;
  prompt: Prompt | undefined;
  lang: Lang = 'vi';
  at = Date.UTC(2026, 0, 5, 3, 0, 0);
  readonly log: Turn[] = [];
  readonly t = translator();

  constructor(readonly people: People = WORLDS.everyone) {
    const first = stepFlow(mainMachine, null, null, { people });
    this.persisted = JSON.parse(JSON.stringify(first.persisted));
    this.prompt = first.prompt;
  }

  get state(): string {
    return path((this.persisted as { value: unknown }).value);
  }

  get context(): Record<string, unknown> {
    return (this.persisted as { context: Record<string, unknown> }).context;
  }

  /** What the person sees now. */
  get screen(): string {
    return this.prompt ? renderPrompt(this.t, this.lang, this.prompt).text : '';
  }

  type(text: string): Turn { return this.send({ kind: 'text', text }); }
  tap(id: string): Turn { return this.send({ kind: 'choice', id }); }
  command(command: string): Turn { return this.send({ kind: 'command', command }); }
  location(latitude = 21.5928, longitude = 105.8442): Turn { return this.send({ kind: 'location', latitude, longitude }); }
  sticker(): Turn { return this.send({ kind: 'unsupported', contentKind: 'sticker' }); }

  /** Taps the choice whose label (in the current language) contains `label`. */
  tapLabel(label: string): Turn {
    const choice = this.prompt?.choices?.find((c) => this.t.t(this.lang, c.key, c.args).includes(label));
    if (!choice) throw new Error(`no choice "${label}" on ${this.state}: ${this.screen}`);
    return this.tap(choice.id);
  }

  /** An event from elsewhere (a counsellor), as the core's notify() delivers it. */
  notify(event: FlowEvent): Turn { return this.send(null, { ...event, at: this.at + 60_000 } as FlowEvent); }

  send(content: InboundContent | null, direct?: FlowEvent): Turn {
    this.at += 60_000;
    const reading = direct ? { kind: 'event' as const, event: direct } : interpret(content!, this.prompt, this.t, this.at);
    let effects: FlowEffect[] = [];
    let read: string = reading.kind;
    if (reading.kind === 'event') {
      read = reading.event.type;
      const step = stepFlow(mainMachine, this.persisted, reading.event, { people: this.people });
      effects = step.effects;
      this.persisted = JSON.parse(JSON.stringify(step.persisted));
      this.prompt = step.prompt;
      for (const e of effects) {
        if (e.type === 'lang.set') this.lang = e.lang;
        if (e.type === 'lang.toggle') this.lang = this.lang === 'vi' ? 'en' : 'vi';
      }
    }
    const said = effects.filter((e): e is Extract<FlowEffect, { type: 'say' }> => e.type === 'say').map((e) => this.t.t(this.lang, e.key, e.args));
    const rendered = this.prompt ? renderPrompt(this.t, this.lang, this.prompt) : undefined;
    const turn: Turn = {
      read,
      effects,
      state: this.state,
      prompt: this.prompt,
      text: [...said, rendered?.text ?? ''].join('\n\n'),
      choiceIds: rendered?.choices?.map((c) => c.id).filter((id) => id !== SOS_CHOICE && id !== EXIT_CHOICE) ?? [],
    };
    this.log.push(turn);
    return turn;
  }

  /** Every effect emitted so far, in order. */
  get effects(): FlowEffect[] {
    return this.log.flatMap((t) => t.effects);
  }
}

export const ofType = <T extends FlowEffect['type']>(effects: FlowEffect[], type: T): Extract<FlowEffect, { type: T }>[] =>
  effects.filter((e): e is Extract<FlowEffect, { type: T }> => e.type === type);

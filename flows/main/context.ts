import { NO_PEOPLE, type Campaign, type People } from '../contract.js';

// What the main flow remembers between messages. Only small, serialisable data: it is persisted with every step.
// Answers are stable ids (see intake/options.ts); free text the person typed is kept only where it is an answer.

export interface IntakeAnswers {
  affected?: string;
  kinds?: string[];
  relationship?: string;
  ongoing?: string;
  lastIncident?: string;
  /** Province code of the 34 post-2025 units. */
  province?: string;
  /** A pre-2025 name the person typed (for the reports' old-to-new mapping). */
  provinceTyped?: string;
  commune?: string;
  victimSex?: string;
  victimAge?: string;
  perpSex?: string;
  perpAge?: string;
  callback?: string;
  safeHours?: string;
  sharedPhone?: string;
  leaveMessage?: string;
  consentReferral?: string;
  consentStatistics?: string;
}
export type AnswerKey = keyof IntakeAnswers;

/** Sensitive free text: sent only under the case's `contact` key, which the case module seals. */
export interface ContactDetails {
  phone?: string;
  safeHoursNote?: string;
  codeWord?: string;
}

export interface MainContext {
  /** Which people exist (the core's input, refreshed before every step; see people.ts). Kept across resets. */
  people: People;
  /** The line under the welcome now (the core's input, refreshed before every step; see campaign.ts). Kept across resets. */
  campaign?: Campaign | null;
  answers: IntakeAnswers;
  contact: ContactDetails;
  /** Display name of the chosen province (the summary shows it). */
  provinceName?: string;
  /** The person chose to have each answer saved as they go. */
  saveAsYouGo: boolean;
  /** Answer keys already sent with case.upsert (what an abandon may keep). */
  kept: AnswerKey[];
  /** Whether the person chose to answer the optional sex/age questions. */
  aboutOpted: boolean;
  /** Answering a question again from the summary. */
  editing: boolean;
  /** An intake was started and neither submitted nor stopped. */
  intakeOpen: boolean;
  /** The person allowed a counsellor to write to them in this chat. */
  relay: boolean;
  counsellorAlias?: string;
  /** Province chosen in "find help near me". */
  findProvince?: string;
  /** The person has typed a message the flow understood (only the first may choose the language by itself). */
  typed?: boolean;
  /** What a free-text disclosure said, for the screens that follow it (no words of it are kept). */
  heard?: Heard;
}

/** The rule-read gist of a disclosure (flows/text/disclosure.ts): kinds heard and what they change. */
export interface Heard {
  /** The kind the acknowledgement names (DisclosureKind). */
  kind: string;
  /** Intake kinds a report opens with already ticked. */
  ticks: string[];
  child: boolean;
  /** Sexual violence in the last few days: the care screen comes next. */
  care: boolean;
}

export const initialContext = (people: People = NO_PEOPLE, campaign: Campaign | null = null): MainContext => ({
  people,
  campaign,
  answers: {},
  contact: {},
  saveAsYouGo: false,
  kept: [],
  aboutOpted: false,
  editing: false,
  intakeOpen: false,
  relay: false,
});

/** A new intake: nothing from an earlier one is carried over (relay consent stays: it is about the chat). */
export const freshIntake = (context: MainContext): MainContext => ({
  ...initialContext(context.people, context.campaign), relay: context.relay, counsellorAlias: context.counsellorAlias, typed: context.typed, intakeOpen: true,
});

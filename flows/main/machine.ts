// The main flow: one machine, assembled from one file per sub-flow. Everything a person does happens inside
// `flow` (including a live chat with a counsellor); danger, self-harm and the quick exit sit beside it, so leaving
// `flow` for them records its deep history and "go back to where I was" returns to the exact question.
// Root-level handlers make the emergency path one step away from every state.
import { askCaseStatus } from './case-status.js';
import { initialContext } from './context.js';
import { counsellor, counsellorEvents, live } from './counsellor.js';
import { danger, selfharm } from './danger.js';
import { deleting } from './delete-data.js';
import { findHelp, locationAnywhere } from './find-help.js';
import { sayHelp } from './help.js';
import { hotlines } from './hotlines.js';
import { intake } from './intake/intake.js';
import { intakeLeaving, intakeResume } from './intake/leave.js';
import { language } from './language.js';
import { menu, welcome } from './menu.js';
import { exitActions, exited } from './quick-exit.js';
import { rights } from './rights.js';
import { firstLanguage } from './understood/reading.js';
import { understood } from './understood/understood.js';
import { command, flow, risk } from './setup.js';

export const mainMachine = flow.createMachine({
  id: 'main',
  // The core's input says which people exist; without it, nobody (never a promise by default).
  context: ({ input }) => initialContext(input?.people, input?.campaign),
  initial: 'flow',
  states: {
    flow: {
      initial: 'welcome',
      states: {
        hist: { type: 'history', history: 'deep', target: 'menu' },
        welcome, menu, intake, intakeLeaving, intakeResume, findHelp, hotlines, rights, counsellor, live, deleting, language,
        understood,
      },
    },
    danger,
    selfharm,
    exited,
  },
  on: {
    // Words of danger or self-harm typed anywhere interrupt whatever is going on (a first message in English
    // is answered in English).
    'user.risk': [
      { guard: risk('selfharm'), target: '.selfharm', actions: firstLanguage },
      { target: '.danger', actions: firstLanguage },
    ],
    'user.command': [
      { guard: command('khancap'), target: '.danger' },
      { guard: command('thoat'), target: '.exited', actions: exitActions },
      { guard: command('menu'), target: '.flow.menu' },
      { guard: command('start'), target: '.flow.welcome' },
      { guard: command('help'), actions: sayHelp },
      { guard: command('xoa'), target: '.flow.deleting' },
      { guard: command('lang'), target: '.flow.language' },
    ],
    // Where no question takes the text, a reference code asks for that case's status.
    'user.text': askCaseStatus,
    'user.location': locationAnywhere,
    'user.unsupported': { actions: flow.emit({ type: 'say', key: 'unsupported' }) },
    ...counsellorEvents,
  },
});

/** Bump `version` when states change incompatibly: older snapshots then restart kindly at the menu. */
export const mainFlow = { id: 'main', version: 2, machine: mainMachine };

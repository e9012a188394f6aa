// The first screen (welcome + main menu in one message, so a person in danger needs no step before the help
// options) and the main menu shown afterwards.
import { campaignArgs } from './campaign.js';
import { prompt } from './choices.js';
import type { MainContext } from './context.js';
import { startIntake } from './intake/intake.js';
import { chose, flow } from './setup.js';
import { textTransitions } from './understood/reading.js';

export const MENU_ITEMS = ['danger', 'report', 'find-help', 'hotlines', 'rights', 'counsellor', 'delete', 'lang'] as const;
const menuChoices = MENU_ITEMS.map((id) => ({ id, key: `menu-${id}` }));

const menuTransitions = {
  'user.choice': [
    { guard: chose('danger'), target: '#main.danger' },
    { guard: ({ context, event }: { context: MainContext; event: { id: string } }) => event.id === 'report' && context.intakeOpen, target: '#main.flow.intakeResume' },
    { guard: chose('report'), target: '#main.flow.intake', actions: startIntake },
    { guard: chose('find-help'), target: '#main.flow.findHelp' },
    { guard: chose('hotlines'), target: '#main.flow.hotlines' },
    { guard: chose('rights'), target: '#main.flow.rights' },
    { guard: ({ context, event }: { context: MainContext; event: { id: string } }) => event.id === 'counsellor' && context.relay, target: '#main.flow.counsellor.waiting' },
    { guard: chose('counsellor'), target: '#main.flow.counsellor' },
    { guard: chose('delete'), target: '#main.flow.deleting' },
    // The item is labelled with the other language ("English" / "Tiếng Việt"): one tap switches, and the next
    // screen is already in it. The /lang command still opens the chooser.
    { guard: chose('lang'), target: '#main.flow.menu', actions: [flow.emit({ type: 'lang.toggle' }), flow.emit({ type: 'say', key: 'lang-changed' })] },
  ],
  // What people write in their own words: a disclosure or a request (understood/reading.ts). Anything else
  // changes nothing, and the core asks again.
  'user.text': textTransitions,
};

export const welcome = flow.createStateConfig({
  // The campaign line (the Action Month, or one an admin set) is shown under the welcome, in every channel.
  meta: { ...prompt('welcome', menuChoices, { freeText: true }), promptArgs: campaignArgs },
  on: menuTransitions,
});

export const menu = flow.createStateConfig({
  meta: prompt('menu-prompt', menuChoices, { freeText: true }),
  on: menuTransitions,
});

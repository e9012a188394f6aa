// Know your rights: a topic menu. Each answer (key `rights-<id>`, label `rights-topic-<id>`) is written with its
// legal source in rights.ftl by the content owner, and ends with that source in a line the person reads
// (`rights-source-<id>`); this flow only says it and offers the next step.
import { MENU, choice, options, prompt } from './choices.js';
import { chose, flow } from './setup.js';

// The first six keep their numbers (people and tests type them); the topics added later follow.
export const RIGHTS_TOPICS = ['dv-definition', 'protection-order', 'legal-aid', 'medical-evidence', 'workplace-harassment', 'safety-plan', 'report-police', 'criminal-offences', 'fines', 'divorce-custody'] as const;

const answer = flow.emit(({ event }) => ({ type: 'say' as const, key: `rights-${event.type === 'user.choice' ? event.id : ''}` }));
const toTopic = { guard: chose(...RIGHTS_TOPICS), target: 'more', actions: answer };
const toMenu = { guard: chose('menu'), target: '#main.flow.menu' };

export const rights = flow.createStateConfig({
  initial: 'topics',
  states: {
    topics: {
      meta: prompt('rights-prompt', [...options('rights-topic', RIGHTS_TOPICS), MENU]),
      on: { 'user.choice': [toTopic, toMenu] },
    },
    more: {
      meta: prompt('rights-more', [...options('rights-topic', RIGHTS_TOPICS), choice('find-help', 'menu-find-help'), MENU]),
      on: { 'user.choice': [toTopic, { guard: chose('find-help'), target: '#main.flow.findHelp' }, toMenu] },
    },
  },
});

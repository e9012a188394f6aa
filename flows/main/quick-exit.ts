// Quick exit: the chat is cleared (the channel deletes what it can), contact stops, the conversation forgets the
// answers, and one neutral line stays on screen. An unfinished report keeps only what "save as I go" saved.
import { prompt } from './choices.js';
import { initialContext } from './context.js';
import { abandonSilently } from './intake/submit.js';
import { flow } from './setup.js';

export const exitActions = [
  abandonSilently(true),
  flow.emit({ type: 'relay.allow', allowed: false }),
  flow.emit({ type: 'chat.clear' }),
  flow.assign(({ context }) => initialContext(context.people, context.campaign)),
];

export const exited = flow.createStateConfig({
  meta: prompt('exit-neutral'),
  on: {
    // Whatever is typed next starts afresh at the welcome.
    'user.text': { target: '#main.flow.welcome' },
  },
});

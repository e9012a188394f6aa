// Delete my data: after one confirmation, the core deletes the chat address, contact details and conversation
// and unlinks the person's cases (anonymised counts stay). An unfinished report is dropped first.
import { choice, prompt } from './choices.js';
import { initialContext } from './context.js';
import { abandonSilently } from './intake/submit.js';
import { chose, flow } from './setup.js';

export const deleting = flow.createStateConfig({
  meta: prompt('delete-confirm', [choice('confirm', 'delete-yes'), choice('cancel', 'delete-no')]),
  on: {
    'user.choice': [
      {
        guard: chose('confirm'),
        target: 'welcome',
        actions: [
          abandonSilently(false),
          flow.emit({ type: 'say', key: 'delete-done' }),
          flow.emit({ type: 'data.delete' }),
          flow.assign(({ context }) => initialContext(context.people, context.campaign)),
        ],
      },
      { guard: chose('cancel'), target: 'menu', actions: flow.emit({ type: 'say', key: 'delete-cancelled' }) },
    ],
  },
});

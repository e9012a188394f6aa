// Stopping an intake half-way, and coming back to one. The person decides what is kept: nothing, or the answers
// given so far (contact details are never kept from an unfinished report).
import { choice, MENU, prompt } from '../choices.js';
import { chose, flow } from '../setup.js';
import { startIntake } from './intake.js';
import { abandonSilently, stopDeleting, stopKeeping } from './submit.js';

export const intakeLeaving = flow.createStateConfig({
  meta: prompt('intake-leave', [choice('continue', 'intake-continue'), choice('stop-keep', 'intake-stop-keep'), choice('stop-delete', 'intake-stop-delete')]),
  on: {
    'user.choice': [
      { guard: chose('continue'), target: 'intake.hist' },
      { guard: chose('stop-keep'), target: 'menu', actions: stopKeeping },
      { guard: chose('stop-delete'), target: 'menu', actions: stopDeleting },
    ],
  },
});

/** "Report violence" while an earlier report is unfinished (for example after a danger interrupt). */
export const intakeResume = flow.createStateConfig({
  meta: prompt('intake-resume', [choice('continue', 'intake-continue'), choice('restart', 'intake-restart'), MENU]),
  on: {
    'user.choice': [
      { guard: chose('continue'), target: 'intake.hist' },
      // Starting again closes the earlier draft, keeping only what "save as I go" had saved.
      { guard: chose('restart'), target: 'intake', actions: [abandonSilently(true), startIntake] },
      { guard: chose('menu'), target: 'menu' },
    ],
  },
});

// Hotlines: the directory module renders them from the database (number, operator, area, hours, cost, source),
// so an admin can correct a number without a release.
import { MENU, choice, prompt } from './choices.js';
import { chose, flow } from './setup.js';

export const hotlines = flow.createStateConfig({
  entry: flow.emit({ type: 'show.hotlines' }),
  meta: prompt('hotlines-next', [choice('find-help', 'menu-find-help'), choice('counsellor', 'menu-counsellor'), MENU]),
  on: {
    'user.choice': [
      { guard: chose('find-help'), target: '#main.flow.findHelp' },
      { guard: chose('counsellor'), target: '#main.flow.counsellor' },
      { guard: chose('menu'), target: '#main.flow.menu' },
    ],
  },
});

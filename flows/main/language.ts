// Language: Vietnamese first, English second. The chooser names each language in itself.
import { BACK, choice, prompt } from './choices.js';
import { chose, flow } from './setup.js';

export const language = flow.createStateConfig({
  meta: prompt('lang-prompt', [choice('vi', 'lang-vi'), choice('en', 'lang-en'), BACK]),
  on: {
    'user.choice': [
      { guard: chose('vi'), target: 'menu', actions: [flow.emit({ type: 'lang.set', lang: 'vi' }), flow.emit({ type: 'say', key: 'lang-changed' })] },
      { guard: chose('en'), target: 'menu', actions: [flow.emit({ type: 'lang.set', lang: 'en' }), flow.emit({ type: 'say', key: 'lang-changed' })] },
      { guard: chose('back'), target: 'menu' },
    ],
  },
});

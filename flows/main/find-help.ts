// Find help near me: a province typed (old names understood), then a commune or the whole province — or a shared
// location, nearest first. The directory module renders the entries and says honestly when there are none.
import { isBackWord, isSkipWord, resolveProvince } from '../text/index.js';
import { BACK, MENU, choice, prompt } from './choices.js';
import { clip } from './clip.js';
import { provinceRenamed } from './province-renamed.js';
import { chose, flow } from './setup.js';

const nearby = flow.emit(({ event }) => (event.type === 'user.location'
  ? { type: 'show.directory' as const, latitude: event.latitude, longitude: event.longitude }
  : { type: 'show.directory' as const }));

const chooseProvince = flow.enqueueActions(({ event, enqueue }) => {
  if (event.type !== 'user.text') return;
  const found = resolveProvince(event.text);
  if (!found) return;
  for (const say of provinceRenamed(found)) enqueue.emit(say);
  enqueue.assign({ findProvince: found.province.code });
});

const inProvince = (withCommune: boolean) => flow.emit(({ context, event }) => ({
  type: 'show.directory' as const,
  ...(context.findProvince ? { province: context.findProvince } : {}),
  ...(withCommune && event.type === 'user.text' ? { commune: clip(event.text, 80) } : {}),
}));

export const findHelp = flow.createStateConfig({
  initial: 'where',
  states: {
    where: {
      meta: prompt('find-where', [MENU], { freeText: true, askLocation: true }),
      on: {
        'user.choice': { guard: chose('menu'), target: '#main.flow.menu' },
        'user.location': { target: 'results', actions: nearby },
        'user.text': [
          { guard: ({ event }) => isBackWord(event.text), target: '#main.flow.menu' },
          { guard: ({ event }) => resolveProvince(event.text) !== null, target: 'commune', actions: chooseProvince },
          { actions: flow.emit({ type: 'say', key: 'province-unknown' }) },
        ],
      },
    },
    commune: {
      meta: prompt('find-commune', [choice('whole', 'find-whole-province'), BACK], { freeText: true, askLocation: true }),
      on: {
        'user.choice': [
          { guard: chose('whole'), target: 'results', actions: inProvince(false) },
          { guard: chose('back'), target: 'where' },
        ],
        'user.location': { target: 'results', actions: nearby },
        'user.text': [
          { guard: ({ event }) => isBackWord(event.text), target: 'where' },
          { guard: ({ event }) => isSkipWord(event.text), target: 'results', actions: inProvince(false) },
          { target: 'results', actions: inProvince(true) },
        ],
      },
    },
    results: {
      meta: prompt('find-results', [choice('again', 'find-again'), choice('hotlines', 'menu-hotlines'), MENU]),
      on: {
        'user.choice': [
          { guard: chose('again'), target: 'where' },
          { guard: chose('hotlines'), target: '#main.flow.hotlines' },
          { guard: chose('menu'), target: '#main.flow.menu' },
        ],
      },
    },
  },
});

/** A location shared anywhere else is read as "find help near here". */
export const locationAnywhere = { target: '#main.flow.findHelp.results', actions: nearby };

// Prompts and choices. Every choice gets a number from the core ("1", "một"), so labels stay short.
import type { ChoiceSpec, Prompt, StateMeta } from '../contract.js';

/** Translation key of an option: `<prefix>-<id>`, with characters Fluent ids cannot hold spelled out. */
export const labelKey = (prefix: string, id: string): string => `${prefix}-${id.replace(/\+/g, 'plus')}`;

export const choice = (id: string, key = `choice-${id}`): ChoiceSpec => ({ id, key });
export const options = (prefix: string, ids: readonly string[]): ChoiceSpec[] => ids.map((id) => ({ id, key: labelKey(prefix, id) }));

export const BACK = choice('back');
export const SKIP = choice('skip');
export const MENU = choice('menu');
export const DONE = choice('done');

export const prompt = (key: string, choices: ChoiceSpec[] = [], extra: Omit<Prompt, 'key' | 'choices'> = {}): StateMeta => ({
  prompt: { key, ...(choices.length ? { choices } : {}), ...extra },
});

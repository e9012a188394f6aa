// Risk and the choices on screen: the rules' words interrupt any question, while the model's reading alone does not
// override an answer that is one of the choices shown (src/core/interpret.ts).
import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../flows/contract.js';
import { explainRisk } from '../../flows/text/index.js';
import type { Translator } from '../../src/core/i18n.js';
import { interpret } from '../../src/core/interpret.js';

/** Labels are their keys, so a test can put any sentence on a button. */
const labels: Translator = { t: (_lang, key) => key, has: () => true, problems: () => [] };
const prompt = (...keys: string[]): Prompt => ({ key: 'question', choices: keys.map((key, i) => ({ id: `c${i}`, key })) });
const typed = (text: string, p: Prompt) => interpret({ kind: 'text', text }, p, labels, 0);

describe('risk and the choices on screen', () => {
  const modelOnly = 'mệt mỏi, hết cách rồi, chắc tui sẽ ko còn ở đây lâu nữa';

  it('takes a choice typed word for word as the answer when only the model flagged it', () => {
    expect(explainRisk(modelOnly)).toMatchObject({ risk: 'selfharm', byModel: true });
    expect(typed(modelOnly, prompt('khác', modelOnly))).toEqual({ kind: 'event', event: { type: 'user.choice', id: 'c1', at: 0 } });
  });

  it('still raises the model\'s flag when the text only resembles a choice ("ko" on a yes/no screen)', () => {
    expect(typed(modelOnly, prompt('có', 'không'))).toMatchObject({ kind: 'event', event: { type: 'user.risk', risk: 'selfharm' } });
  });

  it('lets the rules interrupt even an answer that is one of the choices', () => {
    const ruled = 'chồng tôi đang đánh tôi';
    expect(explainRisk(ruled).byModel).toBe(false);
    expect(typed(ruled, prompt(ruled, 'không'))).toMatchObject({ kind: 'event', event: { type: 'user.risk', risk: 'danger' } });
  });
});

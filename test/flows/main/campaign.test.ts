// The line under the welcome comes in through the flow's input (flows/contract.ts Campaign): the Action Month's
// text from the locale files with the primary line, or an admin's line in the person's language; none by default.
import { describe, expect, it } from 'vitest';
import type { Campaign, FlowInput } from '../../../flows/contract.js';
import { mainMachine } from '../../../flows/main/machine.js';
import { stepFlow } from '../../../src/core/flow-host.js';
import { LANGS } from '../../../src/core/i18n.js';
import { renderPrompt } from '../../../src/core/render.js';
import { translator, WORLDS } from './chat.js';

const CUSTOM: Campaign = { kind: 'custom', vi: 'Ngày Quốc tế Phụ nữ 8/3: bạn không một mình.', en: 'International Women’s Day: you are not alone.' };
const input = (campaign: Campaign | null): Record<string, unknown> => ({ people: WORLDS.everyone, campaign } satisfies FlowInput);

const welcomeWith = (campaign: Campaign | null, lang: 'vi' | 'en' = 'vi') => {
  const step = stepFlow(mainMachine, null, null, input(campaign));
  return renderPrompt(translator(), lang, step.prompt!).text;
};

describe('the campaign line under the welcome', () => {
  it('is absent when the core names no campaign, and the welcome reads as before', () => {
    const plain = welcomeWith(null);
    expect(plain).not.toMatch(/Tháng hành động|📣/);
    expect(plain).toMatch(/bất cứ lúc nào\.\nBạn cần gì\?/);
    expect(welcomeWith(null, 'en')).toMatch(/at any time\.\nWhat do you need\?/);
  });

  it('names the Action Month and the primary counselling line, after the welcome’s notes and before the question', () => {
    const vi = welcomeWith({ kind: 'action-month' });
    expect(vi).toMatch(/bất cứ lúc nào\.\n📣 Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới \(15\/11–15\/12\) — gọi 18008080 .*\nBạn cần gì\?/);
    expect(welcomeWith({ kind: 'action-month' }, 'en')).toMatch(/at any time\.\n📣 Action Month for gender equality .*18008080.*\nWhat do you need\?/);
  });

  it('shows an admin’s line in the person’s language', () => {
    expect(welcomeWith(CUSTOM)).toContain('\n📣 Ngày Quốc tế Phụ nữ 8/3: bạn không một mình.\nBạn cần gì?');
    expect(welcomeWith(CUSTOM, 'en')).toContain('\n📣 International Women’s Day: you are not alone.\nWhat do you need?');
    expect(welcomeWith(CUSTOM, 'en')).not.toContain('Ngày Quốc tế');
  });

  it('renders in vi and en without missing arguments, for every kind of line', () => {
    for (const campaign of [null, { kind: 'action-month' } as const, CUSTOM]) {
      const prompt = stepFlow(mainMachine, null, null, input(campaign)).prompt!;
      for (const lang of LANGS) expect(translator().problems(lang, prompt.key, prompt.args)).toEqual([]);
    }
  });

  it('follows the core’s input on a restored conversation: /start after the month has begun shows its line', () => {
    const first = stepFlow(mainMachine, null, null, input(null));
    const persisted = JSON.parse(JSON.stringify(first.persisted));
    const again = stepFlow(mainMachine, persisted, { type: 'user.command', command: 'start', at: Date.UTC(2026, 10, 20) }, input({ kind: 'action-month' }));
    expect(renderPrompt(translator(), 'vi', again.prompt!).text).toContain('Tháng hành động');
  });

  it('is kept when the flow starts afresh inside a step (deleting one’s data returns to the welcome with the line)', () => {
    let step = stepFlow(mainMachine, null, null, input(CUSTOM));
    step = stepFlow(mainMachine, JSON.parse(JSON.stringify(step.persisted)), { type: 'user.choice', id: 'delete', at: 1 }, input(CUSTOM));
    step = stepFlow(mainMachine, JSON.parse(JSON.stringify(step.persisted)), { type: 'user.choice', id: 'confirm', at: 2 }, input(CUSTOM));
    expect(renderPrompt(translator(), 'vi', step.prompt!).text).toContain('Ngày Quốc tế Phụ nữ');
  });
});

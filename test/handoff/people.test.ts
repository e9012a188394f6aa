// Which people exist, from configuration and the clock: what every flow is told before each step.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { counsellorDesks, peopleFromConfig } from '../../src/handoff/people.js';

const DESK = { TELEGRAM_BOT_TOKEN: '123:abc', COUNSELLOR_CHAT_ID: '-1001', COUNSELLOR_IDS: '42', ON_DUTY_HOURS: '07:00-22:00' };
const noonVn = new Date('2026-01-05T05:00:00Z'); // 12:00 in Vietnam
const nightVn = new Date('2026-01-05T17:00:00Z'); // 00:00 in Vietnam

describe('people from configuration', () => {
  it('has nobody without a counsellors\' desk, whatever else is set', () => {
    expect(peopleFromConfig(loadConfig({}))(noonVn)).toEqual({ counsellors: false, onDuty: false, callback: false });
    expect(peopleFromConfig(loadConfig({ CALLBACK_SERVICE: 'true' }))(noonVn).callback).toBe(false);
    // A group nobody is allowed to answer from is no desk.
    expect(counsellorDesks(loadConfig({ ...DESK, COUNSELLOR_IDS: '' }))).toEqual([]);
    expect(counsellorDesks(loadConfig({ ...DESK, TELEGRAM_BOT_TOKEN: '' }))).toEqual([]);
  });

  it('has counsellors on duty in their hours, and off duty with the time they are back', () => {
    const people = peopleFromConfig(loadConfig(DESK));
    expect(people(noonVn)).toEqual({ counsellors: true, onDuty: true, callback: false });
    expect(people(nightVn)).toEqual({ counsellors: true, onDuty: false, backAt: '07:00', callback: false });
  });

  it('has a call-back service only when CALLBACK_SERVICE=true (off by default)', () => {
    expect(loadConfig({}).CALLBACK_SERVICE).toBe(false);
    expect(peopleFromConfig(loadConfig({ ...DESK, CALLBACK_SERVICE: 'true' }))(noonVn).callback).toBe(true);
  });

  it('states no return time when the schedule never puts anyone on duty', () => {
    const people = peopleFromConfig(loadConfig({ ...DESK, ON_DUTY_HOURS: '08:00-08:00' }));
    expect(people(noonVn)).toEqual({ counsellors: true, onDuty: false, callback: false });
  });
});

// The keyed window counter behind every rate limit, on a clock the test moves: a key passes `limit` times per
// window, its first refusal is told apart (answered once), a quick exit gets a small allowance, and memory holds
// only the keys of recent windows.
import { describe, expect, it } from 'vitest';
import { createWindowLimiter } from '../../../src/channels/limits/window-limiter.js';

function limiter(limit: number, windowMs = 10_000) {
  const clock = { at: 1_000_000 };
  return { clock, l: createWindowLimiter({ limit, windowMs, now: () => clock.at }) };
}

describe('window limiter', () => {
  it('lets a key pass its limit, answers its first refusal once, then drops the rest of the window', () => {
    const { l } = limiter(3);
    expect(Array.from({ length: 7 }, () => l.hit('a'))).toEqual(['allowed', 'allowed', 'allowed', 'notify', 'drop', 'drop', 'drop']);
  });

  it('counts each key on its own', () => {
    const { l } = limiter(1);
    expect([l.hit('a'), l.hit('a'), l.hit('b')]).toEqual(['allowed', 'notify', 'allowed']);
  });

  it('starts a fresh window, with a fresh notice, once the window has passed', () => {
    const { l, clock } = limiter(2);
    expect([l.hit('a'), l.hit('a'), l.hit('a'), l.hit('a')]).toEqual(['allowed', 'allowed', 'notify', 'drop']);
    clock.at += 9_999;
    expect(l.hit('a')).toBe('drop');
    clock.at += 1;
    expect([l.hit('a'), l.hit('a'), l.hit('a')]).toEqual(['allowed', 'allowed', 'notify']);
  });

  it('lets a quick exit through a little past a full window, and only a little', () => {
    const { l } = limiter(2);
    expect([l.hit('a'), l.hit('a'), l.hit('a')]).toEqual(['allowed', 'allowed', 'notify']);
    expect([l.hit('a', { exit: true }), l.hit('a', { exit: true }), l.hit('a', { exit: true })]).toEqual(['allowed', 'allowed', 'drop']);
  });

  it('still tells a chat once when its quick exits pushed it past the limit first', () => {
    const { l } = limiter(1);
    expect([l.hit('a', { exit: true }), l.hit('a', { exit: true }), l.hit('a'), l.hit('a')]).toEqual(['allowed', 'allowed', 'notify', 'drop']);
  });

  it('forgets keys whose window has passed: many one-off keys do not pile up', () => {
    const { l, clock } = limiter(5);
    for (let i = 0; i < 1000; i++) l.hit(`session-${i}`);
    expect(l.size).toBe(1000);
    clock.at += 10_000;
    l.hit('next');
    expect(l.size).toBe(1);
  });
});

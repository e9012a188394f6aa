// A seeded set of cases around the Action Month 2025 (15/11–15/12, Vietnam time): five inside (channels, provinces,
// kinds, sexes, ages, outcomes, claim times), two just outside its edges and one draft (never reported).
import type { SeedCase } from './seed-cases.js';

// 2025-11-15 00:00 in Vietnam is 2025-11-14 17:00 UTC.
const inMonth = (day: number, hour = 3) => new Date(Date.UTC(2025, 10, day, hour));

export const SEEDED: SeedCase[] = [
  { at: inMonth(15, 2), channel: 'telegram', urgency: 'urgent', level: 'danger', province: '01', status: 'closed', outcome: 'referred-police',
    answers: { kinds: ['physical', 'psychological'], victimSex: 'female', victimAge: '26-40', perpSex: 'male', perpAge: '41-60', relationship: 'spouse' },
    events: [{ minutes: 1, event: { type: 'escalated', data: { level: 'danger' } } }, { minutes: 4, event: { type: 'claimed', data: { by: 'x' } } }, { minutes: 6, event: { type: 'first-answer' } }] },
  { at: inMonth(20), channel: 'web', urgency: 'urgent', level: 'danger', province: '79', status: 'closed', outcome: 'counselled',
    answers: { kinds: ['rape'], victimSex: 'female', victimAge: '12-17', perpSex: 'male', perpAge: '18-25', relationship: 'acquaintance' },
    events: [{ minutes: 0, event: { type: 'escalated', data: { level: 'danger' } } }, { minutes: 12, event: { type: 'claimed', data: { by: 'x' } } }, { minutes: 20, event: { type: 'first-answer' } }] },
  { at: inMonth(25), channel: 'web', urgency: 'normal', level: 'talk', province: '79', status: 'open',
    answers: { kinds: ['economic'], victimSex: 'male', victimAge: '61+', perpSex: 'female', relationship: 'child' },
    events: [{ minutes: 0, event: { type: 'escalated', data: { level: 'talk' } } }] },
  { at: inMonth(30), channel: 'telegram', urgency: 'normal', province: '01', status: 'closed', outcome: 'unreachable', answers: {} },
  // 15/12 at 23:00 Vietnam time: still inside the Action Month.
  { at: new Date(Date.UTC(2025, 11, 15, 16)), channel: 'zalo-oa', urgency: 'urgent', level: 'ongoing', province: '48', status: 'claimed',
    answers: { kinds: ['physical'], victimSex: 'female', victimAge: '18-25', perpSex: 'male', perpAge: '26-40', relationship: 'partner' },
    events: [{ minutes: 0, event: { type: 'escalated', data: { level: 'ongoing' } } }, { minutes: 10, event: { type: 'claimed', data: { by: 'y' } } }] },
  // Outside: the day before and the day after (Vietnam time), and a draft (never reported).
  { at: new Date(Date.UTC(2025, 10, 14, 16, 59)), channel: 'web', answers: { kinds: ['physical'] }, status: 'closed', outcome: 'counselled' },
  { at: new Date(Date.UTC(2025, 11, 15, 17, 0)), channel: 'web', answers: { kinds: ['physical'] }, status: 'open' },
  { at: inMonth(21), channel: 'web', answers: { kinds: ['physical'] }, status: 'draft' },
];


// The arguments of the summary message (key `intake-summary`). Fluent selects on ids, and a variant key must be
// an identifier, so ids that start with a digit or hold "+" are passed as `v…` ("26-40" → "v26-40", "61+" → "v61plus").
import type { TextArgs } from '../../contract.js';
import type { MainContext } from '../context.js';
import { KINDS } from './options.js';

const NONE = 'none';
/** Turns a stored id into a Fluent variant key. */
export const variant = (id: string | undefined): string => {
  if (id === undefined) return NONE;
  const safe = id.replace(/\+/g, 'plus');
  return /^[a-zA-Z]/.test(safe) ? safe : `v${safe}`;
};

/** `physical` → `kPhysical`; `sexual_contact` → `kSexualContact`. */
export const kindArg = (kind: string): string => `k${kind.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;

export function summaryArgs(context: MainContext): TextArgs {
  const a = context.answers;
  const kinds = a.kinds ?? [];
  const args: TextArgs = {
    affected: variant(a.affected),
    kindCount: kinds.length,
    relationship: variant(a.relationship),
    ongoing: variant(a.ongoing),
    lastIncident: variant(a.lastIncident),
    province: context.provinceName ?? NONE,
    commune: a.commune ?? NONE,
    victimSex: variant(a.victimSex),
    victimAge: variant(a.victimAge),
    perpSex: variant(a.perpSex),
    perpAge: variant(a.perpAge),
    callback: variant(a.callback),
    phone: context.contact.phone ?? NONE,
    safeHours: variant(a.safeHours),
    safeHoursNote: context.contact.safeHoursNote ?? NONE,
    sharedPhone: variant(a.sharedPhone),
    leaveMessage: variant(a.leaveMessage),
    codeWord: context.contact.codeWord ? 'set' : NONE,
    codeWordText: context.contact.codeWord ?? NONE,
    consentReferral: variant(a.consentReferral),
    consentStatistics: variant(a.consentStatistics),
  };
  for (const k of KINDS) args[kindArg(k)] = kinds.includes(k) ? 'y' : 'n';
  return args;
}

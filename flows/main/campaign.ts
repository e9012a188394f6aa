// The line under the welcome: which campaign the core says is on (flows/contract.ts Campaign) as the welcome's
// arguments. The Action Month's text is in the locale files; a line an admin set comes in both languages as data.
import type { TextArgs } from '../contract.js';
import type { MainContext } from './context.js';

export function campaignArgs(context: MainContext): TextArgs {
  const c = context.campaign;
  if (!c) return { campaign: 'none' };
  if (c.kind === 'action-month') return { campaign: 'action-month' };
  return { campaign: 'custom', campaignVi: c.vi, campaignEn: c.en };
}

// Which people exist, from configuration and the clock: what the flows are told before every step
// (flows/contract.ts People). A flow promises a person only when this says the person exists.
import type { People } from '../../flows/contract.js';
import type { Config } from '../config.js';
import { isOnDuty, parseSchedule, returnTime } from './on-duty.js';

/**
 * The counsellors' desks that are configured. The Telegram group, which needs the bot, the group and at least one
 * allow-listed counsellor (without them nobody can claim a case), and the dashboard's console.
 */
export function counsellorDesks(config: Config): string[] {
  const desks: string[] = [];
  if (config.TELEGRAM_BOT_TOKEN && config.COUNSELLOR_CHAT_ID && config.COUNSELLOR_IDS.length > 0) desks.push('telegram-group');
  // The dashboard's console: the deployment declares that counsellors sign in and work there.
  if (config.DASHBOARD_CONSOLE) desks.push('console');
  return desks;
}

/** People at a moment: counsellors configured, on duty or back at a stated time, and a call-back service. */
export function peopleFromConfig(config: Config): (at: Date) => People {
  const schedule = parseSchedule(config.ON_DUTY_HOURS);
  const counsellors = counsellorDesks(config).length > 0;
  return (at) => {
    if (!counsellors) return { counsellors: false, onDuty: false, callback: false };
    const onDuty = isOnDuty(schedule, at);
    const backAt = onDuty ? null : returnTime(schedule, at);
    // A call-back is somebody's job only where counsellors exist to hand the case to.
    return { counsellors, onDuty, ...(backAt ? { backAt } : {}), callback: config.CALLBACK_SERVICE };
  };
}

// The bot's command menus in Vietnamese (default) and English. Setting them is optional: a failure is logged.
import type { Api } from 'grammy';
import type { Translator } from '../../core/i18n.js';
import { COMMANDS } from '../../core/commands.js';
import type { Logger } from '../../logger.js';

export { COMMANDS };

/** grammY types its signals with the abort-controller shim; a native AbortSignal works the same at run time. */
export type ApiSignal = NonNullable<Parameters<Api['setMyCommands']>[2]>;
export const apiSignal = (signal: AbortSignal): ApiSignal => signal as unknown as ApiSignal;

/** Never throws; `signal` (the channel stopping) cuts off a call waiting between retries. */
export async function publishCommands(api: Api, i18n: Translator, log: Logger, signal?: AbortSignal): Promise<void> {
  for (const lang of ['vi', 'en'] as const) {
    const commands = COMMANDS.map((command) => ({ command, description: i18n.t(lang, `tg-command-${command}`) }));
    try {
      await api.setMyCommands(commands, lang === 'en' ? { language_code: 'en' } : {}, signal && apiSignal(signal));
    } catch (error) {
      if (signal?.aborted) return;
      log.warn({ method: 'setMyCommands', code: (error as { error_code?: number }).error_code }, 'could not publish the command menu; the bot works without it');
    }
  }
}

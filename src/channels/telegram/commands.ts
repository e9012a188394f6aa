// The bot's command menus in Vietnamese (default) and English. Setting them is optional: a failure is logged.
import type { Api } from 'grammy';
import type { Translator } from '../../core/i18n.js';
import type { Logger } from '../../logger.js';

export const COMMANDS = ['start', 'menu', 'help', 'khancap', 'thoat', 'xoa', 'lang'] as const;

export async function publishCommands(api: Api, i18n: Translator, log: Logger): Promise<void> {
  for (const lang of ['vi', 'en'] as const) {
    const commands = COMMANDS.map((command) => ({ command, description: i18n.t(lang, `tg-command-${command}`) }));
    try {
      await api.setMyCommands(commands, lang === 'en' ? { language_code: 'en' } : {});
    } catch (error) {
      log.warn({ method: 'setMyCommands', code: (error as { error_code?: number }).error_code }, 'could not publish the command menu; the bot works without it');
    }
  }
}

// /help explains how to use the bot and leaves the person exactly where they were (the core shows the current
// question again after it).
import { flow } from './setup.js';

export const sayHelp = flow.emit({ type: 'say', key: 'help-text' });

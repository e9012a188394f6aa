// One parser of slash commands for every channel: the web chat and Telegram pass the person's text to it.
import { describe, expect, it } from 'vitest';
import { COMMANDS, isCommand, parseCommand, typedContent } from '../../src/core/commands.js';

describe('parseCommand', () => {
  it('reads a command, lower-cased, with and without arguments', () => {
    expect(parseCommand('/menu')).toEqual({ command: 'menu' });
    expect(parseCommand('/KHANCAP')).toEqual({ command: 'khancap' });
    expect(parseCommand('/lang en')).toEqual({ command: 'lang', args: 'en' });
  });

  it('drops the @botname Telegram appends and keeps arguments over several lines', () => {
    expect(parseCommand('/start@TinCayBot')).toEqual({ command: 'start' });
    expect(parseCommand('/start@TinCayBot ref_1\nsecond line')).toEqual({ command: 'start', args: 'ref_1\nsecond line' });
  });

  it('parses unknown commands too (the core answers them like text it did not understand)', () => {
    expect(parseCommand('/no_such')).toEqual({ command: 'no_such' });
    expect(isCommand('no_such')).toBe(false);
  });

  it.each(['menu', 'xin chào /menu', '/', '/ menu', '//menu', '/113', 'http://x.vn', ''])('treats %j as ordinary text', (text) => {
    expect(parseCommand(text)).toBeUndefined();
    expect(typedContent(text)).toEqual({ kind: 'text', text });
  });

  it('knows every command the channels publish', () => {
    for (const c of COMMANDS) expect(isCommand(c)).toBe(true);
    expect(typedContent('/xoa')).toEqual({ kind: 'command', command: 'xoa' });
  });
});

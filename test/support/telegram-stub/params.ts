// Typed access to a method's parameters. Telegram accepts numbers as strings and objects as JSON strings
// (form bodies), so each accessor coerces the way Telegram does and fails with a Telegram-shaped 400.
import { tg } from './errors.js';

export class Params {
  constructor(readonly raw: Readonly<Record<string, unknown>>) {}

  private value(name: string): unknown {
    const v = this.raw[name];
    return v === null || v === '' ? undefined : v;
  }

  optInt(name: string): number | undefined {
    const v = this.value(name);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
    throw tg.invalid(name);
  }

  int(name: string): number {
    const v = this.optInt(name);
    if (v === undefined) throw tg.missing(name);
    return v;
  }

  optNumber(name: string): number | undefined {
    const v = this.value(name);
    if (v === undefined) return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw tg.invalid(name);
    return n;
  }

  optStr(name: string): string | undefined {
    const v = this.value(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw tg.invalid(name);
  }

  optBool(name: string): boolean | undefined {
    const v = this.value(name);
    if (v === undefined) return undefined;
    if (v === true || v === 'true' || v === 1 || v === '1') return true;
    if (v === false || v === 'false' || v === 0 || v === '0') return false;
    throw tg.invalid(name);
  }

  /** An object parameter (JSON string in form bodies). */
  optObject(name: string): Record<string, unknown> | undefined {
    const v = this.parsed(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'object' || Array.isArray(v) || v === null) throw tg.invalid(name);
    return v as Record<string, unknown>;
  }

  optArray(name: string): unknown[] | undefined {
    const v = this.parsed(name);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw tg.invalid(name);
    return v;
  }

  /** `chat_id` and friends: an integer; `@username` refers to public chats, which the stub does not have. */
  chatId(name = 'chat_id'): number {
    const v = this.value(name);
    if (typeof v === 'string' && v.startsWith('@')) throw tg.chatNotFound();
    return this.int(name);
  }

  private parsed(name: string): unknown {
    const v = this.value(name);
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      throw tg.invalid(name);
    }
  }
}

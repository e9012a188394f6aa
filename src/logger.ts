// Structured logs that never carry message text, raw ids or phone numbers: only fields we choose to log, and a
// redaction list as a second line of defence.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { app: 'tin-cay' },
    redact: {
      paths: ['text', '*.text', 'body', '*.body', 'payload', '*.payload', 'userId', '*.userId', 'chatId', '*.chatId',
        'address', '*.address', 'phone', '*.phone', 'sessionId', '*.sessionId', 'req.headers', 'req.url'],
      censor: '[redacted]',
    },
  }, destination);
}

/**
 * What of an error goes into a log line: its type and code, never its message — a database or platform error
 * message can quote the values of the request (a message text, a chat id).
 */
export function errorFields(error: unknown): { type: string; code?: string | number } {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: string | number; error_code?: number };
  const code = e.error_code ?? e.code;
  return code === undefined ? { type: e.name } : { type: e.name, code };
}

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

// Typed errors: one code union, one table from code to HTTP status. A boundary (the HTTP error handler, the bot's
// catch) turns an AppError into what the caller sees; the message and context are for developers and logs only.

export type ErrorCode =
  | 'bad_request' | 'not_found' | 'unauthorized' | 'forbidden' | 'conflict' | 'rate_limited' | 'payload_too_large'
  | 'unsupported_media' | 'unavailable' | 'internal';

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly context?: Record<string, unknown>;

  constructor(readonly code: ErrorCode, message?: string, options?: { cause?: unknown; context?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.context = options?.context;
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

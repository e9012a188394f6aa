// One error type for the whole app: a code from a closed list, a message for logs (never shown to people), and
// the cause it wraps. The HTTP boundary maps the code to a status with HTTP_STATUS; a person is only ever shown
// a sentence from the locale files, chosen by the code.
export type ErrorCode =
  /** A request or command that does not fit its schema. */
  | 'bad_request'
  | 'not_found'
  /** No or a wrong credential (a webhook secret, a signature, a session). */
  | 'unauthorized'
  | 'forbidden'
  /** A state that forbids the action (a case already claimed, closed). */
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media'
  | 'rate_limited'
  /** The database or a platform API did not answer. */
  | 'unavailable'
  /** Configuration or data shipped with the app is wrong: start-up stops. */
  | 'config_invalid'
  | 'data_invalid'
  /** The platform refused a message for good (blocked bot, chat gone): retrying cannot help. */
  | 'delivery_refused'
  /** A flow reached an error state or asked for an effect nobody handles. */
  | 'flow_failed'
  | 'internal';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  unavailable: 503,
  config_invalid: 500,
  data_invalid: 500,
  delivery_refused: 502,
  flow_failed: 500,
  internal: 500,
};

export interface AppErrorOptions {
  cause?: unknown;
  /** Safe, non-identifying context for logs (a method name, a status code). */
  details?: Record<string, string | number | boolean | undefined>;
}

export class AppError extends Error {
  readonly details: AppErrorOptions['details'];
  constructor(readonly code: ErrorCode, message?: string, opts: AppErrorOptions = {}) {
    // No message: the boundary shows the sentence for the code.
    super(message ?? '', opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.details = opts.details;
  }

  /** The HTTP status for this error's code. */
  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** The status for any thrown value: an AppError's table entry, 500 for everything else. */
export function httpStatusOf(error: unknown): number {
  return error instanceof AppError ? error.status : 500;
}

// Fields of a webhook body read without trusting their type: the body is whatever the sender wrote, and String() or
// Number() on an object such as { "toString": 0 } throws (the request would end in a 500 instead of being ignored).
// Zalo sends ids, names and timestamps as strings, sometimes as numbers; nothing else is read as text.

/** A string as is, a finite number as its text; anything else (objects, lists, null, booleans) as ''. */
export function textField(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A number, or a string holding one; anything else (an empty string too) NaN. */
export function numberField(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}

/** The time a field gives in milliseconds, or `fallback` when it gives none a Date can hold. */
export function timeField(value: unknown, fallback: Date): Date {
  const ms = numberField(value);
  const at = Number.isFinite(ms) && ms > 0 ? new Date(ms) : fallback;
  return Number.isNaN(at.getTime()) ? fallback : at;
}

/** Ids key the dedupe table and the address: Zalo's are digits or hex, tens of characters. A control character
 * (PostgreSQL refuses NUL in text) or a length no index can hold would fail the commit and, answered 500, be sent
 * again by Zalo for ever; such an id reads as none, and the event is ignored. */
const ID = /^[^\u0000-\u001f\u007f]{1,128}$/u;
/** Half of a surrogate pair alone: JSON keeps it as "\udc00", which PostgreSQL's jsonb refuses, failing the commit too. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An id as text, or '' when the field holds none that can be stored. */
export function idField(value: unknown): string {
  const id = textField(value);
  return ID.test(id) && !LONE_SURROGATE.test(id) ? id : '';
}

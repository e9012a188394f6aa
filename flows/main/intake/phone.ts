// A phone number the counsellor can call: Vietnamese numbers as people type them ("0912 345 678",
// "+84 912.345.678", "84912345678"). Returns the number in 0xxxxxxxxx form, or null when it is not one.
export function normalisePhone(text: string): string | null {
  const compact = text.trim().replace(/[\s.\-()]/g, '');
  const m = /^(?:\+?84|0)(\d{9,10})$/.exec(compact);
  return m ? `0${m[1]}` : null;
}

// Short case references people can read aloud: no 0/O, 1/I/L, 2/Z, 5/S, 8/B look-alikes.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ACDEFHJKMNPRTUVWXY34679';

export function newReferenceCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `TC-${code}`;
}

/** Accepts what a person or counsellor types: lower case, missing dash, spaces. */
export function normaliseReference(text: string): string | null {
  const m = /^\s*(?:tc)?[\s-]*([a-z0-9]{6})\s*$/i.exec(text);
  return m ? `TC-${m[1]!.toUpperCase()}` : null;
}

const WRITTEN_REFERENCE = new RegExp(`\\bTC-([${ALPHABET}]{6})(?![A-Za-z0-9])`);

/**
 * The first case reference written in a text, as the bot writes it (`TC-` and six letters of the alphabet above).
 * Every desk message the bot posts for a case names the case before anything the person wrote.
 */
export function firstReference(text: string): string | null {
  const m = WRITTEN_REFERENCE.exec(text);
  return m ? `TC-${m[1]}` : null;
}

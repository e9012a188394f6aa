// What a typed case reference looks like: "TC-ABC123", "tc abc123", "TCABC123". The prefix is required, so an
// ordinary six-letter word is never taken for a code.
export const REFERENCE_CODE = /^\s*tc[\s-]*[a-z0-9]{6}\s*$/i;
export const isReferenceCode = (text: string): boolean => REFERENCE_CODE.test(text);

// Zalo caps a text message at 2000 characters. Longer answers are cut at the last sentence end before the limit,
// so no sentence (and no phone number) is split across two messages; a line break or a space is the fallback.
export const ZALO_TEXT_LIMIT = 2000;

export function splitAtSentences(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    // A sentence end: . ! ? … followed by whitespace (the whitespace is where we cut).
    let cut = -1;
    for (const m of window.matchAll(/[.!?…]["'”)\]]*\s/g)) cut = m.index! + m[0].length - 1;
    if (cut < limit / 2) cut = Math.max(window.lastIndexOf('\n'), cut);
    if (cut < limit / 2) cut = Math.max(window.lastIndexOf(' '), cut);
    if (cut <= 0) cut = limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length) parts.push(rest);
  return parts;
}

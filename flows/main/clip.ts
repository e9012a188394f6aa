// Free-text answers (a commune, typed safe hours, a code word) are cut to a sensible length: notes, not stories.
export const clip = (text: string, max: number): string => text.trim().replace(/\s+/g, ' ').slice(0, max);

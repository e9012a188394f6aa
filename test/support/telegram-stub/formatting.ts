// parse_mode handling: Telegram stores the visible text (markup removed) and rejects malformed markup.
// The stub checks the mistakes bots really make (an unescaped reserved character in MarkdownV2, an
// unknown tag or stray "<" in HTML) and does not produce formatting entities.
import { tg } from './errors.js';

const HTML_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji',
  'code', 'pre', 'blockquote', 'tg-time',
]);
const MDV2_ALWAYS_RESERVED = new Set(['#', '+', '-', '=', '{', '}', '.', '!', '(', ')']);
const MDV2_MARKERS = new Set(['*', '_', '~', '|', '[', ']']);

/** The visible text of `text` under `parseMode`, or a 400 "can't parse entities" error. */
export function visibleText(text: string, parseMode: string | undefined): string {
  switch (parseMode) {
    case undefined:
    case '':
      return text;
    case 'HTML':
      return fromHtml(text);
    case 'MarkdownV2':
      return fromMarkdownV2(text);
    case 'Markdown':
      return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    default:
      throw tg.invalid('parse_mode');
  }
}

const byteOffset = (text: string, index: number) => Buffer.byteLength(text.slice(0, index));

function fromHtml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? '';
    if (c === '<') {
      const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>/.exec(text.slice(i));
      if (!tag || !HTML_TAGS.has((tag[1] ?? '').toLowerCase())) {
        const name = /^<\/?([^\s>]*)/.exec(text.slice(i))?.[1] ?? '';
        throw tg.parseEntities(`Unsupported start tag "${name}" at byte offset ${byteOffset(text, i)}`);
      }
      i += tag[0].length;
      continue;
    }
    if (c === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(text.slice(i));
      if (entity) {
        out += decodeEntity(entity[1] ?? '');
        i += entity[0].length;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  return out;
}

function decodeEntity(name: string): string {
  if (name === 'lt') return '<';
  if (name === 'gt') return '>';
  if (name === 'amp') return '&';
  if (name === 'quot') return '"';
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return String.fromCodePoint(code);
}

function fromMarkdownV2(text: string): string {
  let out = '';
  let mode: 'text' | 'code' | 'pre' = 'text';
  const markerCount = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? '';
    if (c === '\\') {
      out += text[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (mode === 'pre') {
      if (text.startsWith('```', i)) { mode = 'text'; i += 3; continue; }
      out += c; i += 1; continue;
    }
    if (mode === 'code') {
      if (c === '`') { mode = 'text'; i += 1; continue; }
      out += c; i += 1; continue;
    }
    if (text.startsWith('```', i)) {
      mode = 'pre';
      const newline = text.indexOf('\n', i + 3);
      const close = text.indexOf('```', i + 3);
      i = newline >= 0 && (close < 0 || newline < close) ? newline + 1 : i + 3; // skip the language line
      continue;
    }
    if (c === '`') { mode = 'code'; i += 1; continue; }
    if (c === ']' && text[i + 1] === '(') {
      let j = i + 2;
      while (j < text.length && text[j] !== ')') j += text[j] === '\\' ? 2 : 1;
      markerCount.set(']', (markerCount.get(']') ?? 0) + 1);
      i = j + 1;
      continue;
    }
    if (c === '>' && (i === 0 || text[i - 1] === '\n')) { i += 1; continue; } // block quotation
    if (MDV2_MARKERS.has(c)) {
      markerCount.set(c, (markerCount.get(c) ?? 0) + 1);
      i += 1;
      continue;
    }
    if (MDV2_ALWAYS_RESERVED.has(c) || c === '>') {
      throw tg.parseEntities(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
    }
    out += c;
    i += 1;
  }
  if (mode !== 'text') throw tg.parseEntities(`Can't find end of ${mode === 'pre' ? 'Pre' : 'Code'} entity`);
  for (const marker of ['*', '_', '~', '|'] as const) {
    if ((markerCount.get(marker) ?? 0) % 2 === 1) throw tg.parseEntities(`Can't find end of the entity starting with '${marker}'`);
  }
  if ((markerCount.get('[') ?? 0) !== (markerCount.get(']') ?? 0)) throw tg.parseEntities("Can't find end of the text link");
  return out;
}

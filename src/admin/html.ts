// Server-rendered HTML: every interpolated value is escaped unless it is already `Html` (built by `html`).
import { escapeHtml } from '../http/escape-html.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

/** The one HTML escaper (src/http/escape-html.ts), under the name the dashboard's modules use. */
export const escape = escapeHtml;

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escape(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => { out += render(v) + strings[i + 1]!; });
  return new Html(out);
}

/** Trusted markup made in code (an SVG built from numbers). */
export const raw = (s: string): Html => new Html(s);

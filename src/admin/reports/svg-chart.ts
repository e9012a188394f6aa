// Charts as server-rendered SVG (no script, no inline style: presentation attributes only). Every chart carries a
// title and a text table alternative, so a screen reader gets the same figures.
import { escape } from '../html.js';

const COLOURS = ['#b3261e', '#1d4ed8', '#7e22ce', '#15803d', '#a16207', '#475569'];

export interface Bar { label: string; value: number }

/** Horizontal bars, one per label. */
export function barChart(title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 26, labelW = 170, w = 560, h = bars.length * rowH + 10;
  const rows = bars.map((b, i) => {
    const bw = Math.round((b.value / max) * (w - labelW - 50));
    const y = 5 + i * rowH;
    return `<text x="0" y="${y + 17}" font-size="13">${escape(b.label)}</text><rect x="${labelW}" y="${y + 4}" width="${bw}" height="18" fill="${COLOURS[i % COLOURS.length]}"/><text x="${labelW + bw + 6}" y="${y + 17}" font-size="13">${b.value}</text>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="${escape(title)}" viewBox="0 0 ${w} ${Math.max(h, 30)}" width="100%"><title>${escape(title)}</title>${rows}</svg>`;
}

/** Stacked columns per week, one colour per series. */
export function stackedWeeks(title: string, weeks: { week: string; counts: Record<string, number> }[], series: { key: string; label: string }[]): string {
  const w = 560, h = 220, base = 180, left = 30;
  const max = Math.max(1, ...weeks.map((x) => Object.values(x.counts).reduce((a, b) => a + b, 0)));
  const colW = weeks.length ? Math.max(4, Math.floor((w - left - 10) / weeks.length) - 4) : 0;
  const cols = weeks.map((x, i) => {
    let y = base;
    const cx = left + i * (colW + 4);
    const parts = series.map((s, si) => {
      const v = x.counts[s.key] ?? 0;
      const ph = Math.round((v / max) * (base - 20));
      y -= ph;
      return v ? `<rect x="${cx}" y="${y}" width="${colW}" height="${ph}" fill="${COLOURS[si % COLOURS.length]}"><title>${escape(`${x.week} ${s.label}: ${v}`)}</title></rect>` : '';
    }).join('');
    return parts + (i % Math.ceil(weeks.length / 6 || 1) === 0 ? `<text x="${cx}" y="${base + 16}" font-size="11">${escape(x.week.slice(5))}</text>` : '');
  }).join('');
  const legend = series.map((s, i) => `<rect x="${left + i * 110}" y="${h - 14}" width="10" height="10" fill="${COLOURS[i % COLOURS.length]}"/><text x="${left + i * 110 + 14}" y="${h - 5}" font-size="11">${escape(s.label)}</text>`).join('');
  return `<svg class="chart" role="img" aria-label="${escape(title)}" viewBox="0 0 ${w} ${h}" width="100%"><title>${escape(title)}</title><line x1="${left}" y1="${base}" x2="${w}" y2="${base}" stroke="#666"/><text x="0" y="20" font-size="11">${max}</text>${cols}${legend}</svg>`;
}

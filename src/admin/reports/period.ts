// Report periods in Vietnam time: the seed plans' 6-month period (first or second half of the year), the year,
// and the Action Month (15/11–15/12). `to` is exclusive.
export type Preset = 'h1' | 'h2' | 'year' | 'action-month' | 'custom';
export interface Period { preset: Preset; from: Date; to: Date; label: string }

const vn = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

export function periodOf(preset: string | undefined, year: number, from?: string, to?: string): Period {
  switch (preset) {
    case 'h1': return { preset, from: vn(year, 1, 1), to: vn(year, 7, 1), label: `01/01–30/06/${year}` };
    case 'h2': return { preset, from: vn(year, 7, 1), to: vn(year + 1, 1, 1), label: `01/07–31/12/${year}` };
    case 'action-month': return { preset, from: vn(year, 11, 15), to: vn(year, 12, 16), label: `15/11–15/12/${year}` };
    case 'custom': {
      const ok = (s?: string) => s && /^\d{4}-\d{2}-\d{2}$/.test(s);
      if (ok(from) && ok(to)) {
        const f = new Date(`${from}T00:00:00+07:00`), t = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000);
        if (f < t) return { preset, from: f, to: t, label: `${from} – ${to}` };
      }
      return periodOf('year', year);
    }
    default: return { preset: 'year', from: vn(year, 1, 1), to: vn(year + 1, 1, 1), label: String(year) };
  }
}

/** A month "YYYY-MM" in Vietnam time, or null when `s` is not one. */
export function monthPeriod(s: string | undefined): { label: string; from: Date; to: Date } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s ?? '');
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return { label: m[0], from: vn(y, mo, 1), to: vn(y, mo + 1, 1) };
}

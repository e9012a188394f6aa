// The province × channel table from the report's 'province-channel' figures: rows are provinces, columns channels,
// with the totals of each. Pure; the page, the CSV (as its figures) and the XLSX (as a sheet) show the same cells.
import type { Report } from './figures.js';

export interface CrossTab {
  provinces: string[];
  channels: string[];
  cell(province: string, channel: string): number;
  provinceTotal(province: string): number;
  channelTotal(channel: string): number;
  total: number;
}

export function provinceByChannel(report: Report): CrossTab {
  const cells = new Map<string, number>();
  const byProvince = new Map<string, number>(), byChannel = new Map<string, number>();
  let total = 0;
  for (const f of report.figures.filter((x) => x.section === 'province-channel')) {
    const [province, channel] = f.item.split('|') as [string, string];
    cells.set(f.item, f.value);
    byProvince.set(province, (byProvince.get(province) ?? 0) + f.value);
    byChannel.set(channel, (byChannel.get(channel) ?? 0) + f.value);
    total += f.value;
  }
  return {
    provinces: [...byProvince.keys()].sort(),
    channels: [...byChannel.keys()].sort(),
    cell: (p, c) => cells.get(`${p}|${c}`) ?? 0,
    provinceTotal: (p) => byProvince.get(p) ?? 0,
    channelTotal: (c) => byChannel.get(c) ?? 0,
    total,
  };
}

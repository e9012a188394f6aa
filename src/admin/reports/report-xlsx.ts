// The report as an XLSX workbook (exceljs): the figures sheet (the CSV's rows, numbers as numbers) and the
// province × channel table with its totals. exceljs is loaded on the first export, not at start: it is large, and
// every instance would carry it in memory for a page an admin opens now and then (bench:rss).
import { provinceByChannel } from './cross-tab.js';
import type { Report } from './figures.js';
import { REPORT_HEADER, reportTable } from './report-table.js';

export const FIGURES_SHEET = 'figures';
export const CROSS_TAB_SHEET = 'province-channel';

export async function reportXlsx(report: Report, provinceName: (code: string) => string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Tin Cậy';
  const figures = book.addWorksheet(FIGURES_SHEET);
  figures.addRow([...REPORT_HEADER]);
  figures.addRows(reportTable(report));
  figures.getRow(1).font = { bold: true };
  figures.columns.forEach((c, i) => { c.width = [22, 34, 10][i]; });

  const tab = provinceByChannel(report);
  const cross = book.addWorksheet(CROSS_TAB_SHEET);
  cross.addRow(['province', 'province-name', ...tab.channels, 'total']);
  for (const p of tab.provinces) cross.addRow([p, provinceName(p), ...tab.channels.map((c) => tab.cell(p, c)), tab.provinceTotal(p)]);
  cross.addRow(['total', '', ...tab.channels.map((c) => tab.channelTotal(c)), tab.total]);
  cross.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../flows/contract.js';
import type { Tx } from '../../src/db/database.js';
import { createDirectoryEffects } from '../../src/directory/effects.js';
import { createCommuneIndex } from '../../src/directory/communes.js';
import { formatNumber } from '../../src/directory/hotlines.js';
import { directoryModule } from '../../src/directory/module.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { effectContext, rawKeys } from './helpers.js';

let running: TestApp;
let db: Tx;
beforeAll(async () => {
  running = await startTestApp({ modules: [directoryModule] });
  db = running.app.database.db;
});
afterAll(async () => { await running?.close(); });

const effects = createDirectoryEffects({ includeSamples: true, communes: createCommuneIndex([]) });

async function show(lang: Lang, effect: { type: 'show.hotlines'; emergencyOnly?: boolean } | { type: 'show.directory'; province?: string; commune?: string; latitude?: number; longitude?: number; kinds?: string[] }): Promise<string> {
  const ctx = effectContext(db, lang);
  if (effect.type === 'show.hotlines') await effects['show.hotlines']!(ctx, effect);
  else await effects['show.directory']!(ctx, effect);
  expect(ctx.out).toHaveLength(1);
  const text = ctx.out[0]!.text;
  expect(rawKeys(text)).toEqual([]);
  return text;
}

const order = (text: string, numbers: string[]) => numbers.map((n) => text.indexOf(`☎️ ${n} `));

describe('hotline rendering', () => {
  it('lists 113, 115, 111 and then 1800 8080 for a person in danger, briefly, in Vietnamese', async () => {
    const text = await show('vi', { type: 'show.hotlines', emergencyOnly: true });
    expect(text.startsWith('Nếu bạn đang gặp nguy hiểm, hãy gọi ngay:')).toBe(true);
    const at = order(text, ['113', '115', '111', '1800 8080']);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toContain('1900 969 680');
    expect(text).not.toContain('☎️ 114');
    expect(text).toContain('☎️ 111 — Tổng đài quốc gia bảo vệ trẻ em\nBảo vệ trẻ em bị bạo lực, xâm hại');
    // Brief: no operator, hours or cost; the area only where it is not nationwide — 1800 8080, as the 2021
    // Thái Nguyên plan supports and no more.
    expect(text).not.toMatch(/Đơn vị:|Thời gian:|Chi phí:|Toàn quốc/);
    expect(text).toContain('Phạm vi: tỉnh Thái Nguyên (theo nguồn năm 2021');
  });

  it('renders every hotline in Vietnamese with who runs it, hours and cost where known', async () => {
    const text = await show('vi', { type: 'show.hotlines' });
    expect(text.startsWith('Các số điện thoại hỗ trợ:')).toBe(true);
    expect(text).toContain('Chi phí: Miễn phí');
    expect(text).toContain('Thời gian: 24/7');
    expect(text).toContain('Phạm vi: Toàn quốc');
    expect(text).toContain('Đơn vị: Trung tâm Bảo trợ và Công tác xã hội tỉnh Thái Nguyên');
    expect(text).toContain('Chi phí: Có thể mất phí');
  });

  it('renders every hotline in English with what it is for, who runs it, hours and cost where known', async () => {
    const text = await show('en', { type: 'show.hotlines' });
    expect(text.startsWith('Phone lines that can help:')).toBe(true);
    expect(text).toContain('☎️ 113 — Police\nReport someone being beaten');
    expect(text).toContain('Serves: Nationwide');
    expect(text).toContain('☎️ 111 — National Child Protection Hotline');
    expect(text).toContain('Run by: Counselling and Communication Services Centre');
    expect(text).toContain('Cost: Free');
    expect(text).toContain('☎️ 1900 969 680 — Peace House');
    expect(text).toContain('Cost: May be charged');
    expect(text).toContain('Serves: Thái Nguyên province (2021 source');
    for (const vi of ['Toàn quốc', 'Miễn phí', 'Đơn vị:', 'Phạm vi:', 'Chi phí:', 'Thời gian:']) expect(text).not.toContain(vi);
    expect(order(text, ['113', '115', '111', '1800 8080', '114', '1900 969 680'])).toEqual(
      [...order(text, ['113', '115', '111', '1800 8080', '114', '1900 969 680'])].sort((a, b) => a - b));
  });

  it('shows an admin\'s own words for a column as typed, and a number they add', async () => {
    await db.hotline.create({ data: { number: '19001234', nameVi: 'Đường dây thử', nameEn: 'Test line', purposeVi: 'Thử', purposeEn: 'Testing', hours: '8:00–17:00 thứ Hai–thứ Sáu', source: 'admin', sort: 70 } });
    try {
      const text = await show('vi', { type: 'show.hotlines' });
      expect(text).toContain('☎️ 1900 1234 — Đường dây thử');
      expect(text).toContain('Thời gian: 8:00–17:00 thứ Hai–thứ Sáu');
    } finally {
      await db.hotline.delete({ where: { number: '19001234' } });
    }
  });

  it('groups 1800 and 1900 numbers for reading', () => {
    expect(formatNumber('18008080')).toBe('1800 8080');
    expect(formatNumber('1900969680')).toBe('1900 969 680');
    expect(formatNumber('113')).toBe('113');
  });
});

describe('directory rendering', () => {
  it('shows a commune\'s trusted address without its address, with the way to reach it', async () => {
    const text = await show('vi', { type: 'show.directory', province: 'Hà Nội', commune: 'p. ba dinh' });
    expect(text).toContain('Nơi hỗ trợ ở Phường Ba Đình, Hà Nội:');
    expect(text).toContain('🔒 Địa chỉ tin cậy: [Mẫu] Địa chỉ tin cậy Phường Ba Đình (Phường Ba Đình, Hà Nội) — liên hệ qua Hội Liên hiệp Phụ nữ Phường Ba Đình');
    expect(text).not.toContain('Địa chỉ:');
    expect(text).not.toContain('km');
    expect(text).toContain('dữ liệu mẫu');
    expect(text).toContain('113');
  });

  it('shows distances for entries with an address and none for hidden ones, in English', async () => {
    const text = await show('en', { type: 'show.directory', latitude: 21.0285, longitude: 105.8542 });
    expect(text).toContain('Places that can help near the location you sent (nearest first):');
    expect(text).toMatch(/\[Sample\] Legal aid office, Phường Hoàn Kiếm\nAddress: .+\nHours: 07:30–17:00\nAbout 0\.2 km away/);
    const [listed, hidden] = text.split('These places do not publish their address');
    expect(listed!.match(/km away/g)).toHaveLength(5);
    expect(hidden).toContain('🔒 Trusted address: [Sample] Trusted address, Phường Ba Đình (Phường Ba Đình, Hanoi) — through the Women\'s Union of Phường Ba Đình');
    expect(hidden).toContain('through the People\'s Committee of Phường Long Biên');
    expect(hidden).not.toMatch(/km|Address:/);
  });

  it('writes distances the Vietnamese way', async () => {
    const text = await show('vi', { type: 'show.directory', latitude: 21.0285, longitude: 105.8542 });
    expect(text).toContain('Cách khoảng 0,2 km');
  });

  it('names a hotline as the contact of a trusted address when that is its way in', async () => {
    const text = await show('vi', { type: 'show.directory', province: 'Thái Nguyên', commune: 'Phổ Yên' });
    expect(text).toContain('liên hệ qua đường dây 1800 8080');
  });

  it('tells the current name of a pre-2025 province', async () => {
    const text = await show('vi', { type: 'show.directory', province: 'Bắc Kạn', commune: 'Bắc Kạn' });
    expect(text.startsWith('Bắc Kạn nay thuộc Thái Nguyên.')).toBe(true);
  });

  it('says honestly when the commune has no entry and shows the rest of the province', async () => {
    const text = await show('vi', { type: 'show.directory', province: '48', commune: 'Phường Ngũ Hành Sơn' });
    expect(text).toContain('Mình chưa có nơi hỗ trợ nào ở Phường Ngũ Hành Sơn trong danh bạ. Đây là những nơi khác ở Đà Nẵng:');
  });

  it.each<[Lang, string, string]>([
    ['vi', 'Thật tiếc, danh bạ của mình chưa có nơi hỗ trợ nào ở Cao Bằng.', 'Nếu bạn đang gặp nguy hiểm'],
    ['en', 'I\'m sorry, the directory has no place that can help in Cao Bang yet.', 'Phone lines that can help:'],
  ])('gives the hotlines when there is no entry for the place (%s)', async (lang, sorry, _) => {
    const text = await show(lang, { type: 'show.directory', province: 'Cao Bằng' });
    expect(text).toContain(sorry);
    for (const n of ['113', '115', '111', '1800 8080']) expect(text).toContain(`☎️ ${n} `);
  });

  it('gives the hotlines when nothing is near the location, or the place is unknown, or not given', async () => {
    const near = await show('vi', { type: 'show.directory', latitude: 8.6, longitude: 111.9 });
    expect(near).toContain('trong khoảng 100 km quanh vị trí bạn gửi');
    expect(near).toContain('☎️ 113 ');
    const unknown = await show('vi', { type: 'show.directory', province: 'Narnia' });
    expect(unknown).toContain('Mình chưa nhận ra tỉnh, thành “Narnia”');
    expect(unknown).toContain('☎️ 113 ');
    const none = await show('en', { type: 'show.directory' });
    expect(none).toContain('Tell me your province or city, or send your location');
    expect(none).toContain('☎️ 113 ');
  });
});

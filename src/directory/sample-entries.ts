// Sample directory entries for development and demos — NOT real services. Every name starts with "[Mẫu]" /
// "[Sample]", every phone is null, addresses say "địa chỉ mẫu", and `sample` is true. Communes are real names
// from the shipped list (data/vn-admin-units-2025.json); coordinates are approximate points near them.
// Trusted addresses and shelters do not show their address (often private homes; a shelter's location is kept
// confidential — Luật PCBLGĐ 2022 Art. 9): they give a way to reach them instead.
// Loaded only outside production (see seed.ts); real entries are entered by admins, never seeded by code.
import type { DirectoryEntry } from '../db/repositories/index.js';
import type { ContactVia, DirectoryKind } from './kinds.js';
import { provinceByCode } from './provinces.js';
import { AppError } from '../core/errors.js';

export type DirectoryEntrySeed = Omit<DirectoryEntry, 'createdAt' | 'updatedAt' | 'active' | 'verifiedAt' | 'services'>;

const KIND_NAMES: Record<DirectoryKind, { vi: string; en: string }> = {
  trusted_address: { vi: 'Địa chỉ tin cậy', en: 'Trusted address' },
  shelter: { vi: 'Nơi tạm lánh', en: 'Shelter' },
  social_work_centre: { vi: 'Trung tâm công tác xã hội', en: 'Social work centre' },
  legal_aid: { vi: 'Điểm trợ giúp pháp lý', en: 'Legal aid office' },
  health_station: { vi: 'Trạm y tế', en: 'Health station' },
  police: { vi: 'Công an', en: 'Police station' },
};

const HOURS: Partial<Record<DirectoryKind, string>> = {
  social_work_centre: '07:30–17:00',
  legal_aid: '07:30–17:00',
  health_station: '07:00–17:00',
  police: '24/7',
};

const PRIVATE_KINDS: readonly DirectoryKind[] = ['trusted_address', 'shelter'];

interface SampleSpec { province: string; commune: string; kind: DirectoryKind; lat: number; lon: number; via?: ContactVia }

function sample(n: number, s: SampleSpec): DirectoryEntrySeed {
  const province = provinceByCode(s.province);
  if (!province) throw new AppError('data_invalid', `sample entry ${n}: unknown province code ${s.province}`);
  const hidden = PRIVATE_KINDS.includes(s.kind);
  return {
    id: `sample-${String(n).padStart(2, '0')}`,
    kind: s.kind,
    name: `[Mẫu] ${KIND_NAMES[s.kind].vi} ${s.commune}`,
    nameEn: `[Sample] ${KIND_NAMES[s.kind].en}, ${s.commune}`,
    province: s.province,
    commune: s.commune,
    address: hidden ? null : `Địa chỉ mẫu / sample address — ${s.commune}, ${province.name}`,
    showAddress: !hidden,
    contactVia: hidden ? (s.via ?? 'commune_committee') : null,
    phone: null,
    hours: hidden ? null : (HOURS[s.kind] ?? null),
    latitude: s.lat,
    longitude: s.lon,
    source: 'Dữ liệu mẫu, không phải dịch vụ thật / sample data, not a real service (Tin Cậy seed)',
    sample: true,
  };
}

const SPECS: SampleSpec[] = [
  // Hà Nội (01)
  { province: '01', commune: 'Phường Ba Đình', kind: 'trusted_address', lat: 21.0405, lon: 105.8360, via: 'womens_union' },
  { province: '01', commune: 'Phường Long Biên', kind: 'trusted_address', lat: 21.0395, lon: 105.8870, via: 'commune_committee' },
  { province: '01', commune: 'Phường Cửa Nam', kind: 'shelter', lat: 21.0245, lon: 105.8412, via: 'commune_committee' },
  { province: '01', commune: 'Phường Đống Đa', kind: 'social_work_centre', lat: 21.0136, lon: 105.8270 },
  { province: '01', commune: 'Phường Hoàn Kiếm', kind: 'legal_aid', lat: 21.0287, lon: 105.8524 },
  { province: '01', commune: 'Phường Cầu Giấy', kind: 'health_station', lat: 21.0330, lon: 105.7950 },
  { province: '01', commune: 'Phường Hà Đông', kind: 'police', lat: 20.9710, lon: 105.7780 },
  { province: '01', commune: 'Xã Sóc Sơn', kind: 'health_station', lat: 21.2560, lon: 105.8480 },
  // TP. Hồ Chí Minh (79)
  { province: '79', commune: 'Phường Bến Thành', kind: 'trusted_address', lat: 10.7725, lon: 106.6980, via: 'womens_union' },
  { province: '79', commune: 'Phường Sài Gòn', kind: 'social_work_centre', lat: 10.7769, lon: 106.7009 },
  { province: '79', commune: 'Phường Bình Thạnh', kind: 'legal_aid', lat: 10.8106, lon: 106.7091 },
  { province: '79', commune: 'Phường Thủ Đức', kind: 'police', lat: 10.8494, lon: 106.7537 },
  { province: '79', commune: 'Phường Thủ Dầu Một', kind: 'trusted_address', lat: 10.9804, lon: 106.6519, via: 'commune_committee' },
  { province: '79', commune: 'Phường Vũng Tàu', kind: 'health_station', lat: 10.3460, lon: 107.0843 },
  { province: '79', commune: 'Xã Cần Giờ', kind: 'shelter', lat: 10.4110, lon: 106.9540, via: 'commune_committee' },
  // Thái Nguyên (19)
  { province: '19', commune: 'Phường Phan Đình Phùng', kind: 'trusted_address', lat: 21.5942, lon: 105.8482, via: 'womens_union' },
  { province: '19', commune: 'Phường Gia Sàng', kind: 'social_work_centre', lat: 21.5760, lon: 105.8560 },
  { province: '19', commune: 'Phường Quyết Thắng', kind: 'health_station', lat: 21.5850, lon: 105.8000 },
  { province: '19', commune: 'Phường Sông Công', kind: 'police', lat: 21.4680, lon: 105.8450 },
  { province: '19', commune: 'Phường Phổ Yên', kind: 'trusted_address', lat: 21.4100, lon: 105.8700, via: 'hotline:18008080' },
  { province: '19', commune: 'Xã Đại Từ', kind: 'legal_aid', lat: 21.6300, lon: 105.6400 },
  { province: '19', commune: 'Phường Bắc Kạn', kind: 'trusted_address', lat: 22.1470, lon: 105.8348, via: 'womens_union' },
  // Đà Nẵng (48)
  { province: '48', commune: 'Phường Hải Châu', kind: 'trusted_address', lat: 16.0678, lon: 108.2208, via: 'womens_union' },
  { province: '48', commune: 'Phường Thanh Khê', kind: 'social_work_centre', lat: 16.0640, lon: 108.1880 },
  { province: '48', commune: 'Phường Sơn Trà', kind: 'police', lat: 16.0860, lon: 108.2400 },
  { province: '48', commune: 'Phường Hội An', kind: 'health_station', lat: 15.8801, lon: 108.3380 },
  { province: '48', commune: 'Phường Tam Kỳ', kind: 'shelter', lat: 15.5736, lon: 108.4740, via: 'commune_committee' },
  // Cần Thơ (92)
  { province: '92', commune: 'Phường Ninh Kiều', kind: 'trusted_address', lat: 10.0340, lon: 105.7880, via: 'womens_union' },
  { province: '92', commune: 'Phường Cái Răng', kind: 'legal_aid', lat: 10.0000, lon: 105.7800 },
  { province: '92', commune: 'Phường Sóc Trăng', kind: 'health_station', lat: 9.6030, lon: 105.9800 },
  { province: '92', commune: 'Phường Vị Thanh', kind: 'police', lat: 9.7840, lon: 105.4700 },
  // Gia Lai (52)
  { province: '52', commune: 'Phường Pleiku', kind: 'trusted_address', lat: 13.9833, lon: 108.0000, via: 'commune_committee' },
  { province: '52', commune: 'Phường Quy Nhơn', kind: 'social_work_centre', lat: 13.7765, lon: 109.2237 },
  // Quảng Ngãi (51)
  { province: '51', commune: 'Phường Cẩm Thành', kind: 'trusted_address', lat: 15.1200, lon: 108.8000, via: 'womens_union' },
  { province: '51', commune: 'Phường Kon Tum', kind: 'health_station', lat: 14.3545, lon: 108.0076 },
  // Lai Châu (12)
  { province: '12', commune: 'Xã Sìn Hồ', kind: 'trusted_address', lat: 22.3600, lon: 103.2500, via: 'commune_committee' },
  { province: '12', commune: 'Phường Tân Phong', kind: 'police', lat: 22.3960, lon: 103.4580 },
];

export const SAMPLE_ENTRIES: readonly DirectoryEntrySeed[] = SPECS.map((s, i) => sample(i + 1, s));

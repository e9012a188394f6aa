// The 34 provincial units in force since 1/7/2025 (Nghị quyết 202/2025/QH15), in the order the bot lists them:
// centrally-run cities first, then provinces, as in shared notes domain.md §4. Codes, names and English names are
// those of Quyết định 19/2025/QĐ-TTg as published in thanglequoc/vietnamese-provinces-database (MIT), copied from
// the list shipped in src/directory/data/vn-admin-units-2025.json; a test checks them against it. It also records Đồng Nai
// as a centrally-run city (Thành phố Đồng Nai), a later change than domain.md's list of six cities.
// `formerly` lists the pre-2025 provinces merged into each unit, by their names at the time, because people keep
// typing the old names; `aliases` are other names people type (abbreviations, well-known cities), each tied to the
// pre-2025 province it belonged to.

export interface FormerProvince {
  name: string;
  /** Other spellings and places of that province: "brvt", "vũng tàu". */
  aliases?: readonly string[];
}

export interface Province {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  formerly: readonly FormerProvince[];
}

const p = (code: string, name: string, fullName: string, nameEn: string, ...formerly: FormerProvince[]): Province => ({
  code, name, fullName, nameEn, formerly,
});
const was = (name: string, ...aliases: string[]): FormerProvince => (aliases.length ? { name, aliases } : { name });

export const PROVINCES: readonly Province[] = [
  p('01', 'Hà Nội', 'Thành phố Hà Nội', 'Hanoi', was('Hà Nội', 'hn', 'tp hn', 'thủ đô')),
  p('79', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh',
    was('Hồ Chí Minh', 'hcm', 'tphcm', 'hcmc', 'sài gòn', 'sg', 'thủ đức'),
    was('Bình Dương', 'thủ dầu một'),
    was('Bà Rịa – Vũng Tàu', 'brvt', 'br vt', 'vũng tàu', 'bà rịa')),
  p('31', 'Hải Phòng', 'Thành phố Hải Phòng', 'Haiphong', was('Hải Phòng', 'hp'), was('Hải Dương')),
  p('48', 'Đà Nẵng', 'Thành phố Đà Nẵng', 'Da Nang', was('Đà Nẵng'), was('Quảng Nam', 'hội an', 'tam kỳ')),
  p('46', 'Huế', 'Thành phố Huế', 'Hue', was('Thừa Thiên Huế', 'thừa thiên', 'tt huế', 'tth')),
  p('92', 'Cần Thơ', 'Thành phố Cần Thơ', 'Can Tho', was('Cần Thơ'), was('Sóc Trăng'), was('Hậu Giang', 'vị thanh')),
  p('04', 'Cao Bằng', 'Tỉnh Cao Bằng', 'Cao Bang', was('Cao Bằng')),
  p('11', 'Điện Biên', 'Tỉnh Điện Biên', 'Dien Bien', was('Điện Biên', 'điện biên phủ')),
  p('12', 'Lai Châu', 'Tỉnh Lai Châu', 'Lai Chau', was('Lai Châu')),
  p('20', 'Lạng Sơn', 'Tỉnh Lạng Sơn', 'Lang Son', was('Lạng Sơn')),
  p('14', 'Sơn La', 'Tỉnh Sơn La', 'Son La', was('Sơn La')),
  p('22', 'Quảng Ninh', 'Tỉnh Quảng Ninh', 'Quang Ninh', was('Quảng Ninh', 'hạ long')),
  p('38', 'Thanh Hoá', 'Tỉnh Thanh Hoá', 'Thanh Hoa', was('Thanh Hóa')),
  p('40', 'Nghệ An', 'Tỉnh Nghệ An', 'Nghe An', was('Nghệ An', 'tp vinh', 'thành phố vinh')),
  p('42', 'Hà Tĩnh', 'Tỉnh Hà Tĩnh', 'Ha Tinh', was('Hà Tĩnh')),
  p('08', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang', was('Tuyên Quang'), was('Hà Giang')),
  p('15', 'Lào Cai', 'Tỉnh Lào Cai', 'Lao Cai', was('Lào Cai', 'sa pa'), was('Yên Bái')),
  p('19', 'Thái Nguyên', 'Tỉnh Thái Nguyên', 'Thai Nguyen', was('Thái Nguyên'), was('Bắc Kạn', 'bắc cạn')),
  p('25', 'Phú Thọ', 'Tỉnh Phú Thọ', 'Phu Tho', was('Phú Thọ', 'việt trì'), was('Vĩnh Phúc', 'vĩnh yên'), was('Hòa Bình')),
  p('24', 'Bắc Ninh', 'Tỉnh Bắc Ninh', 'Bac Ninh', was('Bắc Ninh'), was('Bắc Giang')),
  p('33', 'Hưng Yên', 'Tỉnh Hưng Yên', 'Hung Yen', was('Hưng Yên'), was('Thái Bình')),
  p('37', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh', was('Ninh Bình'), was('Hà Nam', 'phủ lý'), was('Nam Định')),
  p('44', 'Quảng Trị', 'Tỉnh Quảng Trị', 'Quang Tri', was('Quảng Trị', 'đông hà'), was('Quảng Bình', 'đồng hới')),
  p('51', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai', was('Quảng Ngãi'), was('Kon Tum')),
  p('52', 'Gia Lai', 'Tỉnh Gia Lai', 'Gia Lai', was('Gia Lai', 'pleiku'), was('Bình Định', 'quy nhơn')),
  p('56', 'Khánh Hoà', 'Tỉnh Khánh Hoà', 'Khanh Hoa', was('Khánh Hòa', 'nha trang', 'cam ranh'), was('Ninh Thuận', 'phan rang')),
  p('68', 'Lâm Đồng', 'Tỉnh Lâm Đồng', 'Lam Dong',
    was('Lâm Đồng', 'đà lạt'), was('Đắk Nông', 'đắc nông', 'gia nghĩa'), was('Bình Thuận', 'phan thiết')),
  p('66', 'Đắk Lắk', 'Tỉnh Đắk Lắk', 'Dak Lak', was('Đắk Lắk', 'đắc lắc', 'buôn ma thuột', 'bmt'), was('Phú Yên', 'tuy hòa')),
  p('75', 'Đồng Nai', 'Thành phố Đồng Nai', 'Dong Nai', was('Đồng Nai', 'biên hòa'), was('Bình Phước', 'đồng xoài')),
  p('80', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh', was('Tây Ninh'), was('Long An', 'tân an')),
  p('82', 'Đồng Tháp', 'Tỉnh Đồng Tháp', 'Dong Thap', was('Đồng Tháp', 'cao lãnh'), was('Tiền Giang', 'mỹ tho')),
  p('86', 'Vĩnh Long', 'Tỉnh Vĩnh Long', 'Vinh Long', was('Vĩnh Long'), was('Bến Tre'), was('Trà Vinh')),
  p('91', 'An Giang', 'Tỉnh An Giang', 'An Giang',
    was('An Giang', 'long xuyên', 'châu đốc'), was('Kiên Giang', 'rạch giá', 'phú quốc', 'hà tiên')),
  p('96', 'Cà Mau', 'Tỉnh Cà Mau', 'Ca Mau', was('Cà Mau'), was('Bạc Liêu')),
];

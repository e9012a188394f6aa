// The hotlines the app starts with. Facts and sources: ../../../shared/notes/domain.md §1 and the seed plan
// 114/KH-UBND (Thái Nguyên, 20/6/2021, ../../../shared/seeds/002_*). Unknown facts stay null: say less rather than
// guess. Rows are inserted only when their number is absent, so an admin's correction always wins.
//
// `operator`, `area`, `hours` and `cost` hold either a translation key (hotlines.ftl, rendered in the person's
// language) or plain text an admin typed (shown as is).
// `emergency` marks the short list shown to a person in danger (113, 115, 111, then 18008080), in `sort` order;
// that list is kept short: what each number is for, and the area when it is not nationwide.
import type { Hotline } from '../db/repositories/index.js';

export type HotlineSeed = Omit<Hotline, 'updatedAt' | 'active' | 'verifiedAt'>;

export const HOTLINE_SEED: readonly HotlineSeed[] = [
  {
    number: '113',
    nameVi: 'Công an',
    nameEn: 'Police',
    purposeVi: 'Báo tin khi có người đang bị đánh, bị đe dọa, bạo hành hoặc có tội phạm, mất an ninh trật tự.',
    purposeEn: 'Report someone being beaten, threatened or abused, a crime, or a threat to public order.',
    operator: null, // "Công an" would only repeat the name
    area: 'hotline-area-national',
    hours: null, // "24/7" is commonly said but not confirmed (domain.md §1: ❓)
    cost: null, // commonly said to be free; not confirmed (❓)
    source: 'domain.md §1 (purpose ✅): ancotnam.vn/114-la-gi.html; getairvestal.com/print-14205.html',
    emergency: true,
    sort: 10,
  },
  {
    number: '115',
    nameVi: 'Cấp cứu y tế',
    nameEn: 'Medical emergency (ambulance)',
    purposeVi: 'Gọi cấp cứu, xe cứu thương khi bị thương nặng hoặc nguy hiểm đến tính mạng.',
    purposeEn: 'Call an ambulance for serious injury or when a life is in danger.',
    operator: null,
    area: 'hotline-area-national',
    hours: null,
    cost: null,
    source: 'domain.md §1 (purpose ✅): ancotnam.vn/114-la-gi.html; getairvestal.com/print-14205.html; thichchiase.net',
    emergency: true,
    sort: 20,
  },
  {
    number: '111',
    nameVi: 'Tổng đài quốc gia bảo vệ trẻ em',
    nameEn: 'National Child Protection Hotline',
    purposeVi: 'Bảo vệ trẻ em bị bạo lực, xâm hại; cũng là đường dây nóng phòng, chống mua bán người. Người lớn cũng có thể gọi. Có thêm Zalo 111 và tongdai111.vn.',
    purposeEn: 'Protects children from violence and abuse; also the national anti-trafficking hotline. Adults may call too. Also on Zalo 111 and tongdai111.vn.',
    operator: 'hotline-operator-111',
    area: 'hotline-area-national',
    hours: 'hotline-hours-24-7',
    cost: 'hotline-cost-free',
    source: 'domain.md §1 ✅: plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html; '
      + 'tienphong.vn (19/9/2025, Nghị định 162/2025/NĐ-CP: also anti-trafficking); '
      + 'plo.vn (24/9/2025); Nghị định 56/2017/NĐ-CP Điều 23 (free of charge); treemvietnam.net.vn',
    emergency: true,
    sort: 30,
  },
  {
    number: '18008080',
    nameVi: 'Tổng đài tư vấn của tỉnh Thái Nguyên',
    nameEn: 'Thái Nguyên counselling line',
    purposeVi: 'Đường dây tư vấn của tỉnh Thái Nguyên hỗ trợ người bị bạo lực trên cơ sở giới (theo Kế hoạch 114/KH-UBND năm 2021 của tỉnh).',
    purposeEn: 'Thái Nguyên province\'s counselling line supporting people facing gender-based violence (per the province\'s 2021 plan 114/KH-UBND).',
    operator: 'hotline-operator-18008080',
    area: 'hotline-area-thai-nguyen-2021',
    hours: null, // ❓
    cost: null, // the 1800 prefix is usually toll-free, not verified (❓)
    source: 'Kế hoạch 114/KH-UBND ngày 20/6/2021 của UBND tỉnh Thái Nguyên, mục II (mục tiêu) và III ("đường dây tư vấn '
      + '18008080 của Trung tâm Bảo trợ và Công tác xã hội tỉnh Thái Nguyên") — shared/seeds/002_49a75891b6456a37.txt. '
      + 'No other source found (domain.md §1: ❓); dial to confirm who answers before relying on it.',
    emergency: true,
    sort: 40,
  },
  {
    number: '114',
    nameVi: 'Cứu hỏa, cứu nạn cứu hộ',
    nameEn: 'Fire and rescue',
    purposeVi: 'Báo cháy, nổ và cần cứu nạn, cứu hộ.',
    purposeEn: 'Report a fire or explosion, or call for rescue.',
    operator: null,
    area: 'hotline-area-national',
    hours: null,
    cost: null,
    source: 'domain.md §1 (purpose ✅): ancotnam.vn/114-la-gi.html; getairvestal.com/print-14205.html',
    emergency: false,
    sort: 50,
  },
  {
    number: '1900969680',
    nameVi: 'Ngôi nhà Bình yên',
    nameEn: 'Peace House',
    purposeVi: 'Nơi tạm lánh miễn phí, kèm hỗ trợ y tế, pháp lý và tâm lý; có nhà ở Hà Nội và Cần Thơ.',
    purposeEn: 'Free shelter with medical, legal and psychological support; houses in Hà Nội and Cần Thơ.',
    operator: 'hotline-operator-peace-house',
    area: null,
    hours: null, // 24/7 not confirmed (❓)
    cost: 'hotline-cost-1900', // 1900 numbers are normally charged (❓ for this one)
    source: 'domain.md §1 (number ✅, 2021): thoidai.com.vn/un-women-tai-tro-…-133704.html; baoquocte.vn/ngoi-nha-binh-yen-…-141791.html; '
      + 'nld.com.vn/…2010120112160565.htm; nhandaoonline.vn/print-28261.html',
    emergency: false,
    sort: 60,
  },
];

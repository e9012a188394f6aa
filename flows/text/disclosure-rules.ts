// What a person tells or asks in their own words, as explainable rules (no model): kinds of violence (the
// intake's kinds), requests (rights, help, someone to talk to, numbers, deleting data, thanks, greetings), and
// cues that change the answer (a child, a recent event, a threat). Written in the pattern language of
// pattern.ts against folded, teencode-expanded words after homographs are read (write "chui": it also catches
// "chửi" and "chui" typed without marks; regional words such as "uýnh", "tía", "má" are listed as alternatives).
// Drafted from the issue, domain.md §2.1 (Law 13/2022 Art. 3 kinds) and §5 (text), not from a corpus: counsellors
// must review and extend them; each rule's `why` is the sentence to check. Ages and class numbers are read in code
// (disclosure.ts), since a pattern cannot compare numbers.
import type { Lexicon } from './pattern.js';

export type DisclosureKind =
  | 'physical' | 'sexual' | 'psychological' | 'economic' | 'controlling' | 'monitoring' | 'online'
  | 'forced_marriage' | 'trafficking' | 'neglect';
export type RequestKind = 'rights' | 'find_help' | 'talk' | 'hotlines' | 'delete' | 'thanks' | 'greeting';
export type CueKind = 'child' | 'recent' | 'threat';

export interface DisclosureRule {
  id: string;
  kind: DisclosureKind;
  /** The intake kind (flows/main/violence.ts) a report opens with already ticked. */
  tick: string;
  why: string;
  patterns: readonly string[];
}
export interface RequestRule { id: string; kind: RequestKind; why: string; patterns: readonly string[] }
export interface CueRule { id: string; kind: CueKind; why: string; patterns: readonly string[] }

export const DISCLOSURE_LEXICON: Lexicon = {
  /** The one who harms, as people name them (North, Centre, South; in-laws; step-parents). */
  WHO: [
    'chong', 'vo', 'ong xa', 'ba xa', 'nguoi yeu', 'ban trai', 'ban gai', 'chong cu', 'vo cu', 'bo', 'me', 'cha', 'ba',
    'tia', 'ma', 'bo duong', 'cha duong', 'me ke', 'di ghe', 'me chong', 'bo chong', 'nha chong', 'anh', 'no', 'han',
    'anh ta', 'ong ta', 'thang', 'ong', 'sep', 'chu', 'bac', 'cau', 'duong', 'thay', 'co giao', 'thay giao',
  ],
  /** Words for oneself or one's own, as the person writing names them. */
  ME: ['toi', 'em', 'minh', 'tao', 'con', 'chau', 'tui', 'me', 'chi', 'be', 'co'],
  /** Parents, step-parents and teachers: with "em" as the one harmed, the writer is most likely a child. */
  ELDER: [
    'bo', 'me', 'ba', 'cha', 'tia', 'ma', 'bo duong', 'cha duong', 'me ke', 'di ghe', 'duong', 'thay giao', 'co giao',
    'thay chu nhiem', 'co chu nhiem', 'chu', 'bac', 'cau',
  ],
  /** Verbs of harm used with ELDER for the child cue. */
  HARMV: [
    'danh', 'dap', 'tat', 'chui', 'mang', 'xam hai', 'so mo', 'so soang', 'sam so', 'hiep', 'uynh', 'quynh', 'dong cham',
    'bat nat', 'nhot', 'bo doi', 'bao hanh', 'lam dau',
  ],
  /** Places a person is sold or taken to. */
  ABROAD: ['trung quoc', 'tq', 'bien gioi', 'nuoc ngoai', 'campuchia', 'cam pu chia', 'lao', 'myanmar', 'han quoc', 'dai loan'],
  PHONE: ['dien thoai', 'tin nhan', 'zalo', 'facebook', 'fb', 'messenger', 'mess', 'email', 'mail'],
};

/** In the order they are tried; the first kind heard is the one the answer names, so specific kinds come first. */
export const DISCLOSURE_RULES: readonly DisclosureRule[] = [
  {
    id: 'kind.sexual-rape', kind: 'sexual', tick: 'rape', why: 'rape or forced sex (hiếp, cưỡng bức, ép quan hệ)',
    patterns: [
      'hiep', 'cuong buc', 'xam hai', 'ep|bat|cuong+ep ... quan+he|lam+chuyen+do|lam+chuyen+ay|ngu+voi|lam+tinh',
      'rape*|raping', 'forced me to have sex', 'sexual* asault*|abus*', 'made me have sex',
    ],
  },
  {
    id: 'kind.sexual-contact', kind: 'sexual', tick: 'sexual_contact', why: 'unwanted touching or sexual harassment (sờ mó, sàm sỡ)',
    patterns: [
      'so mo|soang|vao|nan', 'sam so', 'dong cham ... co+the|vung+kin|nguc|nguoi', 'quay+roi|xam+hai|bao+luc tinh+~duc|tinh+duc', 'quay+roi|ga+gam|trêu+gheo ... nguc|mong|vung+kin|co+the', 'dam o',
      'cho|bat|ep xem ... phim+sex|anh+nong|phim+nguoi+lon|clip+nong',
      'grop*', 'molest*', 'touch* me|my', 'sexual* harass*', 'flash* me',
    ],
  },
  {
    id: 'kind.physical', kind: 'physical', tick: 'physical', why: 'hitting, beating, pushing, burning (đánh, tát, uýnh, bạt tai)',
    patterns: [
      'bi ... danh|dap|tat|bop|uynh|quynh|bat+tai|da', '$WHO ... danh|dap|uynh|quynh|tat $ME', 'danh|dap|uynh|quynh|tat|da $ME', 'bao+hanh', 'bao+luc than+the', 'hanh+hung', 'hanh+ha',
      'bam tim', 'tim bam', 'chay mau', 'gay tay|chan|xuong', 'bong nuoc+soi|dau', 'bi dot|bong', 'tan+thuoc',
      'xo|day nga', 'nem ... vao nguoi|vao dau',
      'hit|hits|hiting|beat|beats|beaten|beating|punch*|slap*|kick*|push*|shov*|choke*|bruis*|burn*',
      'physical* abus*|violen*',
    ],
  },
  {
    id: 'kind.trafficking', kind: 'trafficking', tick: 'trafficking', why: 'sold, taken abroad, papers taken (buôn bán người, bán sang Trung Quốc)',
    patterns: [
      'buon+ban|mua+ban nguoi', 'ban|lua|dua|dem ... sang|qua|ra $ABROAD', 'bi ban sang|qua|di|cho', 'lua ban', 'giu|thu|lay giay+to|ho+chieu|can+cuoc|cccd|cmnd',
      'traffick*', 'sold me|her|my', 'took|takes|kept my passport|papers|id',
    ],
  },
  {
    id: 'kind.forced-marriage', kind: 'forced_marriage', tick: 'forced_marriage', why: 'being forced to marry or to divorce (ép cưới, tảo hôn)',
    patterns: [
      'ep|bat|buoc|gia+ep ... cuoi|lay+chong|lay+vo|ket+hon|ly+hon', 'tao+hon', 'cuoi ep', 'ep duyen', 'bat cuoi',
      'forced|arranged marriage', 'forc*|make|making|made me ... marry', 'child marriage',
    ],
  },
  {
    id: 'kind.online', kind: 'online', tick: 'online', why: 'abuse online: private images spread or threatened, harassment on social media',
    patterns: [
      'phat+tan', 'doa|de+doa ... tung|dang|phat+tan|gui', 'tung|dang|gui ... anh|hinh|video|clip ... len? mang|facebook|fb|zalo|tiktok|nhom',
      'anh|hinh|video|clip nong|nude|khoa+than|nhay+cam|rieng+tu|sex', 'tong+tien',
      'bat+nat|quay+roi|chui|boc+phot|boi+nho ... tren+mang|online|facebook|fb|zalo|tiktok|mang+xa+hoi',
      'bao+luc mang|tren+mang', 'nude*|nudes|sextort*|revenge+porn', 'leak*|post*|share* ... photo*|pictures|pics|video*',
      'cyber*', 'online harass*|abus*',
    ],
  },
  {
    id: 'kind.monitoring', kind: 'monitoring', tick: 'controlling', why: 'phone read or tracked, being followed (theo dõi, đọc tin nhắn, định vị)',
    patterns: [
      'doc|xem|luc|kiem+tra|soi|check ... $PHONE', 'theo+doi|rinh|bam+theo|di+theo|canh+chung|rinh+rap ... toi|em|minh|con',
      'theo+doi', 'dinh+vi', 'cai ... ung+dung|app|phan+mem', 'doi|biet|bat+dua mat+khau|pass|password', 'camera',
      'reads|checks|tracks|monitors|goes+through my phone|messages|texts|location|email*',
      'track*|spy*|spies|stalk*|monitor*|gps', 'follow* me|us',
    ],
  },
  {
    id: 'kind.economic', kind: 'economic', tick: 'economic', why: 'money or property taken or controlled (lấy hết lương, giữ tiền)',
    patterns: [
      'lay|giu|cam|cuop|tich+thu|tieu ... het? tien|luong|vang|so+do|tai+san',
      'khong+cho|khong+dua|khong+chu+cap ... tien|dong+nao|xu+nao', 'kiem+soat|quan ... tien|luong|thu+nhap|tai+khoan|chi+tieu',
      'bat ... nop|dua|gui ... luong|tien', 'khong cho ... di+lam|lam+viec',
      'bao+luc kinh+te',
      'takes|took|controls|keeps|steals|stole ... my? money|salary|wages|pay|card|savings',
      'no money', 'economic|financial abus*|control*', 'wont|doesnt|dont let me work',
    ],
  },
  {
    id: 'kind.neglect', kind: 'neglect', tick: 'neglect', why: 'left without food or care (bỏ mặc, bỏ đói, không chăm sóc)',
    patterns: [
      'bo mac', 'bi bo doi|roi', 'bo doi $ME', 'khong cho an', 'khong cham+soc|nuoi|cho+an', 'bo $ME ... mot+minh',
      'neglect*', 'abandon*', 'doesnt|dont|wont|never feed|care',
    ],
  },
  {
    id: 'kind.controlling', kind: 'controlling', tick: 'controlling', why: 'not allowed out, to work or to see family; isolated (cấm đoán, cô lập)',
    patterns: [
      'khong+cho|cam+doan ... gap|ra+ngoai|ra|di|ve+nha|ve+ngoai|lien+lac|noi+chuyen|choi|dung+dien+thoai|hoc',
      'bi|$WHO cam $ME? gap|ra+ngoai|ra|di|ve+nha|ve+ngoai|lien+lac|noi+chuyen|choi|dung+dien+thoai|hoc',
      'co+lap', 'kiem+soat !tien|luong|thu+nhap|tai+khoan|chi+tieu', 'ghen+tuong|ghen', 'duoi ... ra khoi nha', 'duoi ra duong',
      'isolat*', 'controll*|controls', 'jealous*', 'wont|doesnt|dont let me see|go|talk|meet|leave', 'kicked me out',
    ],
  },

  {
    id: 'kind.psychological', kind: 'psychological', tick: 'psychological', why: 'insults, humiliation, threats, constant pressure (chửi, lăng mạ, đe doạ)',
    patterns: [
      'chui|chui+boi|chui+rua|xuc+pham|lang+ma|si+nhuc|nhuc+ma|mia+mai|che+bai|chi+chiet|day+vo|mat+sat|miet+thi',
      'la mang|het', 'mang chui|nhiec|xoi', 'bi chuoi', 'chuoi toi|tui|em|minh|con|bay|boi|hoai|suot|mang', '$WHO ... chuoi', 'bi mang', '$WHO ... mang $ME', 'khinh|coi+thuong|ha+nhuc', 'doa|de+doa|ham+doa',
      'noi|bao|che|goi ... ngu|vo+dung|do+an+hai|an+bam|dan+ba+vo+dung',
      'bao+luc tinh+than|tam+ly|ngon+tu|loi+noi', 'khung+bo tinh+than', 'ap+luc tinh+than',
      'insult*|humiliat*|belittl*|threat*|yell*|scream*|shout*', 'call* me names|stupid|useless', 'verbal*|emotional*|psychological* abus*',
    ],
  },
];

export const REQUEST_RULES: readonly RequestRule[] = [
  {
    id: 'ask.delete', kind: 'delete', why: 'asks to delete their data or messages',
    patterns: ['xoa|huy ... du+lieu|thong+tin|tin+nhan|lich+su|tai+khoan|cuoc+tro+chuyen|het', 'delete|erase|remove ... data|info*|messages|history|everything'],
  },
  {
    id: 'ask.hotlines', kind: 'hotlines', why: 'asks for a phone number or a hotline',
    patterns: ['so dien+thoai|may', 'duong+day+nong', 'hotline*', 'tong+dai', 'goi so|dau', 'phone number*', 'number to call'],
  },
  {
    id: 'ask.rights', kind: 'rights', why: 'asks about the law or their rights (luật, quyền, ly hôn, nuôi con)',
    patterns: [
      'luat|phap+luat|phap+ly', 'quyen|quyen+loi', 'xu+phat|bi phat|phat tien', 'toa+an|khoi+kien|di+kien', 'ly+hon|ly+di|don+ly+hon',
      'quyen+nuoi', 'gianh|duoc nuoi+con', 'cam+tiep+xuc', 'luat+su', 'tro+giup+phap+ly',
      'law|laws|legal|rights|divorce|custody|lawyer*', 'protection|restraining order*',
    ],
  },
  {
    id: 'ask.find-help', kind: 'find_help', why: 'asks where to find help or a place to stay (nhà tạm lánh, nơi hỗ trợ)',
    patterns: [
      'nha+tam+lanh|tam+lanh|nha+an+toan|dia+chi+tin+cay|nha+binh+yen|hoi+phu+nu|hoi+lhpn|ngoi+nha+binh+yen', 'cho|noi o|tru|tro', 'noi ho+tro|giup+do',
      'tim|can ... giup+do|ho+tro|tro+giup|giup', 'o+dau|gan+day', 'giup toi|em|minh',
      'shelter*', 'safe+house', 'place|somewhere to stay|sleep|go', 'find help', 'help near', 'where can i|do i ... go|get+help|find',
      'need help',
    ],
  },
  {
    id: 'ask.talk', kind: 'talk', why: 'asks to talk to someone (tâm sự, tư vấn)',
    patterns: [
      'noi+chuyen|tam+su|tro+chuyen|chia+se|tu+van|tham+van|tu+van+vien', 'nguoi that', 'ai do|ai ... nghe',
      'talk|speak|chat to|with someone|somebody|a+person|a+human|counsel*', 'counsel*', 'someone to talk',
    ],
  },
  {
    id: 'ask.thanks', kind: 'thanks', why: 'says thank you',
    patterns: ['cam+on|camon|cmon|tks|thx|thank*'],
  },
  {
    id: 'ask.greeting', kind: 'greeting', why: 'a greeting at the start of the message (chào, alo, hello)',
    patterns: ['^ xin? chao|alo|hello|helo|hi|hey|hallo|chao+ban|chao+ad'],
  },
];

export const CUE_RULES: readonly CueRule[] = [
  {
    id: 'cue.child-school', kind: 'child', why: 'school words: a class, a teacher, going to school',
    patterns: [
      'co+giao|thay+giao|thay+chu+nhiem|co+chu+nhiem|giao+vien|hoc+sinh|ban+cung+lop|truong+hoc|tieu+hoc|thcs|mam+non',
      'di+hoc|o+truong|tan+hoc|len+lop', 'cap 1|2|3', 'tre+em|tre+con|tre+nho|vi+thanh+nien|be+gai|be+trai|con+be|chau+be',
      'my|our|the teacher', 'at|after|from|to school', 'classmate*', 'im|i+am a child|kid|minor',
    ],
  },
  {
    id: 'cue.child-elder-harms-em', kind: 'child', why: '"em" harmed by a parent, step-parent or teacher',
    patterns: ['$ELDER !chong|vo|cua+chong em ... $HARMV', 'em bi $ELDER !chong|vo', '$ELDER !chong|vo ... $HARMV em',
      'my dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|uncle|teacher ... hits|hit|beats|touches|touched|hurts|abuses'],
  },
  {
    id: 'cue.recent', kind: 'recent', why: 'it happened in the last few days (tối qua, hôm qua, vừa bị, sáng nay)',
    patterns: [
      'toi+qua|dem+qua|hom+qua|sang+nay|chieu+nay|trua+nay|toi+nay|dem+nay|hom+nay|hom+kia|sang+qua|chieu+qua|hom+truoc',
      'vua|moi bi', 'vua+moi|moi+vua|vua+xay+ra|vua+roi',
      'mot|hai|ba|bon|nam|1|2|3|4|5 ngay+truoc|hom+truoc|ngay+roi',
      'last night', 'yesterday', 'this morning|afternoon|evening', 'today|tonight', 'just now|happened',
      '1|2|3|4|5|one|two|three|four|five days ago',
    ],
  },
  {
    id: 'cue.threat', kind: 'threat', why: 'a threat of harm (dọa, đe doạ, threaten)',
    patterns: ['doa|de+doa|ham+doa', 'threat*'],
  },
];

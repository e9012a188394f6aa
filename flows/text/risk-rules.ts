// The rules that flag a message, in the pattern language of pattern.ts, matched after homographs are read (a
// harmless reading is masked, so "đánh răng" never reaches the hitting rule). Self-harm rules are tried first:
// when both families match, the person is told about self-harm help, which also covers immediate safety.
// Words are folded and teencode expanded: write "chong", it also catches "chồng" and "ck".
import type { RiskKind } from '../contract.js';

export interface RiskRule {
  id: string;
  kind: RiskKind;
  /** One sentence a counsellor can check. */
  why: string;
  patterns: readonly string[];
  /**
   * A second cue the message must also contain, anywhere (one of these patterns): an eviction counts when it is at
   * night or with children, a wedding when it is forced and dated. Without `with`, a pattern alone decides.
   */
  with?: readonly string[];
  /**
   * Signs of the harmless reading, anywhere in the message (one of these patterns): the rule does not fire, and
   * `explainRisk` lists it as spared. For look-alikes that only the rest of the message tells apart ("SOS, quên mật
   * khẩu", "nhảy cầu ở bể bơi", "mua thuốc ngủ cho bà"). Never a reason to miss a second rule: the others still run.
   */
  unless?: readonly Spare[];
  /**
   * Words that say danger in so many words ("khẩn cấp", "gọi công an"): the model (risk-model.ts) never holds the
   * rule back, however harmless the rest of the message reads to it.
   */
  trusted?: true;
  /** The model never reads this danger rule's message as self-harm: "mày muốn chết à" is an abuser's threat. */
  neverSelfharm?: true;
}

/** One family of harmless signs (`signs`, any one of them), cancelled when one of `butNot` is also there. */
export interface Spare {
  id: string;
  signs: readonly string[];
  /** Signs that the message is about the writer, now, after all (a first person, "đang", "tối nay"). */
  butNot?: readonly string[];
}

const spare = (id: string, signs: readonly string[], butNot?: readonly string[]): Spare => ({ id, signs, ...(butNot ? { butNot } : {}) });

/** "muốn chết vì mệt / đói / ngại": hyperbole, as the last slot of a pattern ending in chết. "vì cuộc sống" is not. */
const NOT_HYPERBOLE = '!vi+met|vi+doi|vi+nong|vi+lanh|vi+ret|vi+buon+ngu|vi+cuoi|vi+ngai|vi+xau+ho|vi+nguong|vi+them|vi+so|mat|duoc+roi|cuoi';
/** A doctor, a prescription, a habit or someone else's pills: medicine, not an overdose. */
const MEDICINE = [
  'bac+si|ke+don|theo+don|don+thuoc|hieu+thuoc|nha+thuoc|duoc+si|khang+sinh|vitamin|thuoc+cam|ha+sot', 'co sao|hai|anh+huong|tac+dung+phu|nghien khong',
  'moi|hang toi|dem|ngay|toi', 'cho|giup ba|ong|me|bo|chong|vo|ba+noi|ba+ngoai|ong+noi|ong+ngoai|benh+nhan|khach',
  'me|bo|ba|ong|chong|vo|ba+noi|ba+ngoai|ong+noi|ong+ngoai|tia|ma em|toi|minh|tui? uong|dung|mua',
];
/** A view, a photo or a party on a roof or a bridge: the place for an everyday reason. */
const VIEW = ['chup|chup+hinh|chup+anh|ngam|song+ao|hoang+hon|binh+minh|phoi|tuoi|nuong|tiec|an+uong|hong+mat|view|check+in|du+lich|phao+hoa|trang|phun+lua|sao'];
/** Sensations and chores said with "muốn chết" for emphasis (cay, ngứa, gym, a deadline). */
const HYPERBOLE = ['cay|ngua|moi|nhuc|nhuc+moi|dau+chan|dau+lung|dau+bung|dau+rang|buon+cuoi|xau+ho|ngai|ngon|thom|dep|de+thuong|cute|gym|leg+day|tap|chay+bo|deadline|bai+tap|on+thi|ket+xe|tac+duong|lol|haha|hihi|kk'];
/** Leaving a chat group or a room out of embarrassment: "muốn biến mất khỏi group". */
const ONLINE_EXIT = ['group|nhom+chat|nhom+zalo|nhom+lop|khoi+nhom|roi+nhom|chat|lop|cuoc+hop|facebook|zalo|mang+xa+hoi|mxh|haha|hihi|kk|lol|ngai|xau+ho|que+qua|que+do'];
const NOT_MEANT = ['song|cuoc+doi|cuoc+song|that+su|that+long|khong+dua|tu+tu|ket+thuc|ganh+nang|met+moi+lam'];
/** Work, school or a course ending: a last day, a goodbye to colleagues. */
const WORKPLACE = ['cong+ty|van+phong|cong+viec|nghi+viec|chuyen+viec|thuc+tap|hop+dong|nhan+vien|dong+nghiep|team|office|company|job|work|intern*|hoc+ky|khoa+hoc|lop|truong|nam+hoc|ky+tuc|tour|du+lich|ky+nghi|nghi+phep'];
/** Sport, a game or a pool: "nhảy cầu" is diving. */
const DIVING = ['game', 'be+boi|ho+boi|hoc+boi|mon|the+thao|van+dong+vien|thi+dau|olympic|huan+luyen|tiktok|video|xem|bungee', 'hoc|tap nhay'];
/** Shopping or a barbecue: rope and charcoal for their everyday use. */
const EVERYDAY_USE = ['de|dung+de buoc|phoi|keo|cot|trang+tri|choi|nhay|lam|chang', 've|de lam xich+du|vong|dong+vong|cau+truot|bap+benh|leo|keo+co|hang|chuong', 'xich+du|dong+vong|keo+co|nhay+day|cam+trai|leo+nui|tau+thuyen|neo', 'o+dau|bao+nhieu+tien|gia+bao+nhieu|re|shop', 'nuong|bep|nau|suoi|lo+than|sau+ca|an+lau|nhung+lau'];

export const SELFHARM_RULES: readonly RiskRule[] = [
  {
    id: 'selfharm.suicide', kind: 'selfharm', why: 'names suicide (tự tử, tự sát) or killing oneself',
    patterns: [
      'tu tu', 'tu sat', 'tu ket+lieu', 'quyen+sinh', 'tim|tim+den den cai+chet', 'kms !away|tu|from|nua', 'ket+lieu ban+than|doi+minh|cuoc+doi|minh', 'suicid*',
      'kil* myself|my+self', 'bang cai+chet|cach+chet|tu+tu|cai+chet', 'cham+dut|ket+thuc ... dau+kho|noi+dau|kho+dau|moi+dau|moi+kho',
    ],
    unless: [spare('murder-suicide', ['giet $VICT|ca+nha|ca+lu|may', 'bat|ep|doa ... $VICT ... uong|nuot ... cung|chung', 'chet ca+nha|ca+lu|chung|cung+nhau', '$SUBJ ... giet|doa'], ['$ME muon|se|dinh|sap tu+tu|chet|ra+di'])],
  },
  {
    id: 'selfharm.wish-to-die', kind: 'selfharm', why: 'says the writer wants to die',
    patterns: [
      '!may|met|doi|nong|lanh|ret|no|buon+ngu|buon+cuoi|so|dau muon|thich|uoc|dinh chet|die !vi+met|vi+doi|vi+nong|vi+lanh|vi+ret|vi+buon+ngu|vi+cuoi|vi+ngai|vi+xau+ho|vi+nguong|vi+them|vi+so|mat|duoc+roi',
      'muon|thich|dinh chet|die vi ... cuoc+song|song|chong|vo|gia+dinh|ap+luc|no+nan|tram+cam|co+don|tuyet+vong|kho+qua|be+tac',
      'tha|uoc+gi chet', 'chet quach', 'chet di? cho xong|roi|ranh|khoe|nhe|yen|xong+chuyen|het+kho|xong+doi',
      'want+to|wanna|wish+to|wish+i+could|ready+to die', 'wish i was|were dead', 'better off dead',
    ],
    unless: [spare('hyperbole', HYPERBOLE, NOT_MEANT)],
  },
  {
    id: 'selfharm.no-will-to-live', kind: 'selfharm', why: 'says life is not worth living',
    patterns: [
      'khong|chang|het con? muon|thiet|thich song !voi|chung|cung|o|tai|gan|ben',
      'chan song', 'song lam+gi|de+lam+gi|lam+chi|de+chi', 'song chi nua|mo|ri|chi',
      'song khong noi', 'khong song noi', 'khong muon ton+tai',
      'muon bien+mat', 'bien+mat khoi cuoc+doi|the+gioi|the+gian|cuoc+song|tran+gian',
      'dont|do+not want to live|be+alive|exist', 'no reason to live', 'cant go on',
    ],
    unless: [spare('online-exit', ONLINE_EXIT, NOT_MEANT)],
  },
  {
    id: 'selfharm.poison', kind: 'selfharm', why: 'took or means to take sleeping pills or poison',
    patterns: [
      'uong|nuot|mua|gom|tich ... thuoc ngu|chuot|tru+sau|sau|diet+co|doc|diet+chuot',
      'uong|nuot het|ca|nhieu ... lo|vi|hop|vien thuoc', 'qua lieu', 'overdos*', 'took|swallowed ... pills',
    ],
    unless: [spare('medicine', MEDICINE), spare('murder-suicide', ['giet $VICT|ca+nha|ca+lu|may', 'bat|ep|doa ... $VICT ... uong|nuot ... cung|chung', 'chet ca+nha|ca+lu|chung|cung+nhau', '$SUBJ ... giet|doa'], ['$ME muon|se|dinh|sap tu+tu|chet|ra+di'])],
  },
  {
    id: 'selfharm.cutting', kind: 'selfharm', why: 'cutting (cắt tay, rạch tay) or hurting oneself',
    patterns: [
      'cat|rach co? tay|mach', 'cut|cuting|cuts myself|my+wrist*', 'self harm*', 'selfharm*',
      'toi|em|minh|tao|tau lai|hay|cu|thuong|tu dap|dam|dap+dau|dam+dau dau? vao tuong|cua|ghe',
      'tu cao|dot|dam|rach|dap ... tay|da|nguoi|dau|chinh+minh', 'cao|rach|dot ... da|tay cua? minh|chinh+minh',
      'tu hai', 'tu lam hai ban+than|minh', 'hurt|hurting myself',
    ],
  },
  {
    id: 'selfharm.jumping', kind: 'selfharm', why: 'jumping from a bridge or building, or standing on one',
    patterns: [
      'nhay|lao cau|lau|song|xuong+song|xuong+cau|tu+tang',
      'dung|ngoi|dang+o tren cau|san+thuong|noc+nha|mai+nha|lan+can', 'leo len cau|san+thuong|noc+nha|lan+can',
      'jump* off|from',
    ],
    unless: [spare('diving', DIVING), spare('view', VIEW, ['nhay|lao|lan+cuoi|chet|het|mot+minh'])],
  },
  {
    id: 'selfharm.hanging', kind: 'selfharm', why: 'hanging oneself (treo cổ)',
    patterns: ['treo co', 'hang|hanging myself'],
  },
  {
    id: 'selfharm.end-life', kind: 'selfharm', why: 'ending one\'s life',
    patterns: [
      'ket+thuc|cham+dut cuoc+doi|cuoc+song|mang+song|doi+minh !hon|chung|vo|voi|gia',
      'end my life', 'end it all', 'take my own? life',
      'ket+thuc|cham+dut ~tat+ca|het+~tat+ca|moi+thu !bai|cong+viec|thu+tuc|ho+so|du+an|hop+dong|mon|khoa|ky',
    ],
  },
  {
    id: 'selfharm.passive', kind: 'selfharm',
    why: 'passive wish to die: sleep and never wake, death as relief or the only way out, being a burden',
    patterns: [
      'ngu ... khong+bao+gio|khoi|mai+mai|vinh+vien ... day|tinh|thuc',
      'khong+bao+gio tinh+lai|thuc+day|tinh+day|day+nua', 'ngu ... roi|ma|la|va|de khong|chang|dung tinh|thuc|day|tinh+lai|thuc+day|tinh+day', 'ngu|nam mai|mai+mai|luon|vinh+vien|mot+giac+dai khong|chang|dung day|tinh|thuc', 'khoi|khong+phai|khong+can|chang+phai day|thuc+day|tinh+day|tinh+lai nua',
      'nham+mat ... la? het|mai+mai|xuoi+tay|khong+mo', 'khong muon co? ngay+mai|thuc+day|tinh+day',
      'chet con|moi|cho suong|hon|de+chiu|suong+hon|nhe+nhang|thoat', 'chi|chac+chi co chet', 'chet moi thoat|het|xong|yen', 'chet la het|xong',
      'chet la cach|giai+phap|loi+thoat|con+duong', 'khong ai can $VICT', '$VICT co? mat+di|chet|bien+mat ... chang|khong|cung ai',
      'bien+mat ... khong|chang ai', '$VICT chi? la mot? ganh+nang', 'khong co $VICT ... nhe+nhom|tot+hon|vui+hon|hanh+phuc|suong',
      'di luon cho khoe|xong|nhe|roi', 'chac di luon', 'cach|muon|nghi ... ra+di ma|cho|mai+mai', 'cach de? ra+di',
      'sap|se|muon|da duoc giai+thoat !khoi', 'giai+thoat khoi ~tat+ca|moi+thu|cuoc+doi|cuoc+song|the+gian|kiep|doi', 'mai+mai khong tro+ve|khong+con', 'khong con ... tren+doi|tren+the+gian ... nua|lau',
      'better off without me', 'better off if i was|were|am gone|dead|not+here', 'never wake up', 'not wake up', 'sleep forever', 'no point in? living|going+on',
      'dont want to wake up', 'nothing to live for', 'wish i was|were never born', 'disappear forever',
    ],
  },
  {
    id: 'selfharm.goodbye', kind: 'selfharm',
    why: 'a goodbye, a last message or letter, giving belongings away, or "I won\'t be here much longer"',
    patterns: [
      'vinh+biet', 'kiep sau', 'thu tuyet+menh|tuyet+mang', 'di thu', 'viet thu de+lai',
      'day la|co+le+la|chac+la|chac+day+la lan+cuoi', 'lan+cuoi $VICT nhan|noi|nhan+tin|gap',
      '$VICT khong con o+day|tren+doi|song ... lau|nua', 'khong con o day de',
      'goodbye forever|everyone|world', 'final goodbye', 'this is goodbye', 'wont be here|around ... long|tomorrow',
      'giving|gave away my|all', 'last message', 'suicide note', 'my|this+is+my last post|tweet|status|story|text|note', 'bye|goodbye everyone|all|world',
    ],
    unless: [spare('workplace', WORKPLACE, ['chet|song|doi|mai+mai|vinh+biet|die|life|forever'])],
  },
  {
    id: 'selfharm.farewell', kind: 'selfharm', why: 'a farewell with "forever", "for everything", "next life" or an apology',
    patterns: ['tam+biet|bye|goodbye|di+truoc'],
    with: ['vi+~tat+ca', 'mai+mai', 'vinh+vien', 'kiep+sau', 'khong+con o+day|song', 'xin+loi', 'lan+cuoi'],
    // A polite leave-taking: "em xin lỗi, em đi trước nhé, mai gặp".
    unless: [spare('polite-leave', ['mai gap', 'hen|gap+lai|gap+sau', 'di ngu|lam|hoc|cho|an|hop|tam|don+con', 've nha|que|an+com', 'co+viec|ban+roi|ban+viec|ket+xe', 'chuyen cong+tac|nha|truong|lop|viec', 'di+truoc nha|nhe|nghe|nhen|nghen|a|ha|ne', 'roi|out|thoat|ra+khoi|roi+khoi nhom|group|box', ...WORKPLACE]), spare('polite-apology', ['xin+loi chi|anh|co|thay|ban|ca+nha|moi+nguoi|team|sep nha|nhe|nghe|nghen|nhen'], ['me|bo|con|mai+mai|vinh+biet|kiep+sau|het|chet|song|lan+cuoi|tha+thu'])],
  },
  {
    id: 'selfharm.giving-away', kind: 'selfharm', why: 'giving belongings or children into others\' care "because I won\'t need them"',
    patterns: ['khong+can+nua|khong+con+can|khong+dung+nua', 'cham+soc con|me|bo ... giup'],
    with: ['cho+het|tang|dem+cho|de+lai|giu+het|de+cho|giu+ho', 'khong+con o+day|song', 'mai+mai'],
  },
  {
    id: 'selfharm.going-away', kind: 'selfharm', why: 'going far away forever, where nobody will find them',
    patterns: ['di|ra+di ... xa'],
    with: ['mai+mai', 'vinh+vien', 'khong ai tim', 'khong tro+ve', 'khong ve|quay+lai|quay+ve nua', 'se|chang|khong+bao+gio khong? ve|quay+lai|tro+lai|tro+ve'],
  },
  {
    id: 'selfharm.plan-place', kind: 'selfharm', why: 'at a bridge or river, with the water or the night named',
    patterns: ['dang|dung|ngoi|se|sap|dinh o|tren|ra|toi|len cau|mep+cau|bo+song|mep+song'],
    with: ['nuoc', 'chay+xiet', 'sau+lam', 'nhay', 'toi+nay', 'dem+nay', 'lan+cuoi', 'mot+minh'],
  },
  {
    id: 'selfharm.plan-ready', kind: 'selfharm', why: 'a plan or the means ready: "prepared", pills or rope ready',
    patterns: ['chuan+bi xong|san|het|du|ky', 'pills|rope|everything ready', 'tonight is the night', 'i have the pills|rope'],
    with: ['di+vang', 'thuoc+ngu', 'day+thung', 'lan+cuoi', 'thu+de+lai', 'tonight', 'pills', 'rope'],
  },
  // Families of cues rather than phrases (issue: the first held-out set): an ending wished for, no reason to stay,
  // the last night or message, a goodbye with an apology or a wish for those left behind.
  {
    id: 'selfharm.wish-it-ended', kind: 'selfharm', why: 'wants everything to stop or end, or sees no reason to stay alive',
    patterns: [
      'muon|mong|uoc moi+chuyen|moi+thu|tat+ca|cuoc+song|cuoc+doi ... dung+lai|ket+thuc|cham+dut|cham+het|tan+bien',
      'khong thay|con|co ly+do|ly+do+gi|y+nghia ... de? o+lai|song|ton+tai|tiep+tuc|song+tiep',
      'khong dang|xung+dang duoc? song|ton+tai|o+lai', 'khong con gi de? song|mat|luu+luyen|niu+keo',
      'uoc|mong ... tong|dam|can|nghien ... $ME|minh ... cho+xong|cho+roi|chet',
      'chi+con|con+moi cach|duong ... chet|tu+tu|ra+di', 'chet moi ... xong|het|thoat|yen|tra',
      'vui|tot|nhe+nhom|hanh+phuc|suong hon ... neu|khi khong co $ME', 'neu|khi khong co $ME ... vui|tot|nhe+nhom|hanh+phuc|suong hon',
      `$ME ... se|muon|nen|chac bien+mat|ra+di|chet ${NOT_HYPERBOLE}`, 'het+chiu+noi|khong+chiu+noi|het+suc+chiu ... muon chet|ra+di|bien+mat',
      'no reason to stay|live|go+on', 'want|wish ... it|everything|this to stop|end|be+over',
      'nghi|nghi+den|nghi+toi|tinh|tim|hoc ... cai+chet|cach+chet|cach+de+chet|cach+tu+tu|cach+ket+thuc|cach+ra+di',
      'muon|se|sap|dinh|quyet+dinh|phai ket+thuc|cham+dut ... moi+chuyen|moi+thu|tat+ca !voi|cong+viec|hop+dong',
      'bien|cut khoi cuoc+doi|the+gioi|the+gian|tran+gian|doi', 'song sao noi', 'muon|duoc|xin yen+nghi|ngu+yen|nghi+ngoi+mai+mai',
      'uoc|uoc+gi|gia+nhu|gia+ma ... chua+tung|khong+bao+gio|khong|dung duoc? sinh+ra|ra+doi|co+mat+tren+doi',
      'neu|khi|lo+khi|lo+neu|mai+nay|lo+ma $ME ... khong+con nua|o+day|tren+doi|song', 'neu|khi|lo+khi|lo+neu|lo+ma ... $ME khong+con nua|o+day|tren+doi',
      'khong ai nho|can|quan+tam|buon|tiec|de+y|thuong ... neu|khi $ME di|chet|bien+mat|mat|khong+con',
      'dont|do+not|cant see the? point', 'end everything|it+all', 'wish i had never been born',
      'lam|dao|dao+lam|manh+chai|kim ... tay|co+tay|dui|da minh|cua+minh|chinh+minh',
      'nhay|lao xuong ... tang|lau|cau|san+thuong|toa', 'khong|chang|het thiet gi|song ... nua',
      'muon|nam|ngu ... khong day|tinh|thuc|tinh+day|thuc+day nua', 'san soi+day|day+thung|thuoc+ngu|thuoc+chuot|thuoc+sau',
      'khong muon thay|gap|den ngay+mai|sang+mai', 'song thua', 'chang|khong ai can $VICT', 'nghi+ngoi|ngu|yen vinh+vien|mai+mai',
      'ban+cong|lan+can|san+thuong|mep|noc+nha ... khong muon|chang+muon xuong|vao',
      'nghi|nghi+den|nghi+toi|nghi+ve|tinh+den chuyen? chet|cai+chet|tu+tu|ket+lieu', 'that+vong|buon|tiec|ghet|chan ... van|con song|thuc+day',
      'muon|sap|se+som|mong|duoc ve+voi|gap ong+ba|to+tien|ong+troi|phat|tien', 'gap|ve+voi ... tren+do|ben+kia|duoi+suoi|suoi+vang',
      'khong ai kip|ngan|can|cuu|tim+thay ... duoc|dau|kip', 'thuoc|day|than san', 'thuoc|day|than ... chuan+bi|du ... chi? cho|toi+nay|dem+nay',
      'loi chao|tu+biet cuoi', 'disappearing|disappear for good|forever', 'thinking about killing|ending|hurting myself|my+life',
      'nobody|no+one would|will miss|care ... if i died|was+gone|disappeared|die', 'thinking about suicide|dying',
    ],
    unless: [spare('online-exit', ONLINE_EXIT, NOT_MEANT)],
  },
  {
    id: 'selfharm.last-time', kind: 'selfharm', why: 'a last night, last message or last day, with everything arranged',
    patterns: [
      'dem|ngay|tin+nhan|loi|buc+thu|lan cuoi+cung|cuoi $ME|cua+toi|cua+em|cua+minh',
      'day|hom+nay|mai|toi+nay|dem+nay la dem|ngay|lan|tin+nhan cuoi|cuoi+cung',
      'sap+xep|thu+xep|lo|don+dep xong ... moi+thu|tat+ca|het', 'last message|day|goodbye',
      'my goodbye', 'thank you for everything',
    ],
    with: [
      '$ME', 'xong', 'moi+thu', 'tat+ca', 'nhin', 'song', 'thanh+pho', 'the+gioi', 'goodbye', 'everything', 'life',
      'bye|tam+biet|vinh+biet|moi+nguoi|ca+nha',
    ],
    unless: [spare('workplace', WORKPLACE, ['chet|song|doi|mai+mai|vinh+biet'])],
  },
  {
    id: 'selfharm.leaving-apology', kind: 'selfharm', why: 'an apology or a message of love for those left behind, and going away or no longer waiting',
    patterns: [
      'xin+loi|yeu|thuong|nho|lo+cho|cham+soc|noi+voi|nhan+voi ... bo|me|bo+me|ca+nha|moi+nguoi|con|vo|chong',
      'dung buon|khoc|tim|lo', 'dua+con|nguoi+me|nguoi+vo te|hu|bat+hieu|vo+dung',
      'khong muon lam+phien|lam+kho|lien+luy|lam+ganh+nang ai|moi+nguoi|ca+nha|nua',
    ],
    with: [
      '$ME se|sap|phai di|ra+di|bien+mat', '$ME di day|nhe|truoc', 'mong|chuc moi+nguoi|ca+nha|bo+me|con song tot|hanh+phuc|binh+an', 'khong doi|cho|o+lai|chiu duoc? ... nua', 'ra+di', 'khong con o+day',
      'khong phai la? dua+con+tot|nguoi+tot|nguoi+me+tot|nguoi+vo+tot', 'khong lam gi duoc nua', 'lan+cuoi',
      'khong|chang lam|co|tru|chiu|song duoc? nua', 'giu+gin|giu suc+khoe|bao+trong|song+tot|o+lai+manh+khoe',
    ],
    unless: [spare('polite-leave', ['mai gap', 'hen|gap+lai|gap+sau', 'di+truoc nha|nhe|nghe|nhen|nghen|a|ha|ne'], ['chet|song|mai+mai|vinh+biet|kiep+sau'])],
  },
  {
    id: 'selfharm.shared-out', kind: 'selfharm', why: 'has shared out all their belongings',
    patterns: ['chia|phat|tang het|tat+ca|sach do+dac|tai+san|do|quan+ao|tien'],
  },
  {
    id: 'selfharm.hurting-self', kind: 'selfharm', why: 'hurting oneself again, or scars on the arms',
    patterns: [
      'tu cao|cat|rach|khua|cua|dam|dap|danh|can|dot|chich|tat ... minh|ban+than|chinh+minh|tay|dui|mat',
      'lam dau|hai ban+than|chinh+minh', 'cao|cat|rach|khua|cua|can tay|dui|co+tay ... chay+mau|bat+mau|toe+mau|khong+dung+duoc|ra+mau',
      'dao+lam|luoi+lam|manh+chai|dao ... khua|rach|cua ... dui|tay|co+tay|bung|da',
      'tu lam dau|hai|bi+thuong|thuong ban+than|minh|chinh+minh|tay', 'tay|co+tay ... toan|day|nhieu|chi+chit seo|vet+cat|vet+rach',
      'tu danh|dam|cao|cau ban+than|minh|chinh+minh',
    ],
  },
  {
    id: 'selfharm.high-place', kind: 'selfharm', why: 'standing on a ledge, a roof or a high floor',
    patterns: [
      'dung|ngoi|dang+o|tren|leo+len|treo+len ... lan+can|san+thuong|mep|noc+nha|mai+nha ... tang|lau|nha|cau|toa|chung+cu',
    ],
    unless: [spare('view', VIEW, ['nhay|lao|lan+cuoi|chet|het|mot+minh'])],
  },
  {
    id: 'selfharm.giving-all-away', kind: 'selfharm', why: 'giving all one\'s belongings away, "I won\'t need them"',
    patterns: ['cho|tang|de+lai ... het|tat+ca ... do|dong+do|tai+san|tien|quan+ao|do+dac', 'de+lai|tang|cho lai? cho'],
    with: ['khong can|dung nua|nua+dau', 'khong con can', 'mai+mai', 'khong+con o+day|song', 'vinh+biet', 'nhe+long|nhe+nhom|thanh+than|yen+tam|san+sang|het+vuong'],
  },
  // Families of the second held-out set (issue 8, point 2): not waking, not existing, joining the dead, entrusting
  // children or pets, methods (pills counted, charcoal, rope, the river), self-injury for relief, murder-suicide.
  {
    id: 'selfharm.not-exist', kind: 'selfharm', why: 'wishes not to wake, not to exist, or that others would be better off without them',
    patterns: [
      'uoc|mong|gia+nhu|gia+ma ... ... khong|dung|chang ... mo+mat|tinh+lai|thuc+day|tinh+day|ton+tai|sinh+ra',
      'mong|uoc $ME dung|khong tinh|thuc|day|song',
      'neu|khi|gia+nhu|gia+su $ME ... khong co+mat|ton+tai|o tren+doi|tren+the+gian|tren+coi+doi',
      'neu|khi|gia+nhu|gia+su $ME chet|die|bien+mat|mat+di|khong+con+nua|khong+con+tren+doi',
      '$ME ... la|thanh|chi+la|dung+la ... ganh+nang|cuc+no|do+thua|thua+thai|ke+thua|do+bo+di',
      'co $ME hay khong|khong+co cung vay|nhu+nhau|chang+sao', 'song ... chang|khong de lam+gi|lam+chi|de+chi',
      'want|wish|wanna ... to? disappear|vanish|stop+existing|not+exist|be+gone|not+be+here !into|for+a|from+social|to+the',
      'dont|do+not|not want to be here|alive|around ... anymore|any+more|now', 'dont wanna be here|alive',
      'happier|beter|easier ... if|when|without i|me ... was|were|am|gone|dead|not+around|not+here',
      'sleep and not|never wake', 'all|it+all|everything to end|stop|be+over',
    ],
  },
  {
    id: 'selfharm.join-the-dead', kind: 'selfharm', why: 'wants to follow or join a dead relative ("đi theo ông bà", "đoàn tụ với má")',
    patterns: [
      'di|ve theo|voi|gap ong+ba|to+tien|ong+ba+ong+vai|ba+noi|ba+ngoai|ong+noi|ong+ngoai|ong+troi|phat',
      'di theo|gap ba|bo|me|ma|cha|tia|me+toi|bo+toi|ba+toi|ma+toi|con+toi', 'gap lai ba|bo|me|ma|cha|tia|con',
      'theo|gap ong+ba|to+tien|ba+noi|ba+ngoai|ong+noi|ong+ngoai', 'doan+tu voi? ong+ba|ba+noi|ba+ngoai|ong+noi|ong+ngoai|ba|bo|me|ma|cha|tia|con|chong|vo|nguoi+than',
    ],
    with: [
      'cho+xong|cho+roi|cho+nhe|cho+yen|luon+cho', 'som', 'khong ... tru|chiu|song|chong noi|duoc nua', 'kho qua|lam|nay', 'met|chan ... roi|qua|lam',
      'tren+do|duoi+do|ben+kia|suoi+vang|kiep+sau', 'nhe+no|nhe+long', 'di luon',
    ],
    unless: [spare('visiting', ['nho+nha|ve+que|an+tet|du+lich|choi|o+que|nghi+he|chuyen+nha|di+hoc|di+lam|di+cho|tham'])],
  },
  {
    id: 'selfharm.entrusting', kind: 'selfharm', why: 'entrusts children, pets or savings to someone because they will not be there any more',
    patterns: [
      'nho|gui|nhan|giao|xin ... nuoi|cham|trong|lo|cham+soc|giu|dua ... giup|gium|ho|dum|cho',
      'nho|gui|giao|nhan|xin ... cho|nho ... nuoi|cham|trong|cham+soc|giu',
      'giu|cat|de|dua ... so+tiet+kiem|tien|vang|so+do|di+chuc|the+atm|mat+khau', 'cho|tang|gui|de+lai ... het',
      'tu+nay|tu+mai|sau+nay|mai+mot|mai+nay ... khong|chang co|con ... me|bo|em|chi|minh|toi|ba|ma ... nua|ben|canh',
    ],
    with: [
      'tu+nay|tu+mai|sau+nay|mai+mot|mai+nay|tu+gio ... khong|chang ... duoc|con|co nua|ben|canh',
      'khong|chang ... dung|can|xai ... nua', 'mai+mot|sau+nay ... dua|giao cho con', '$ME khong|chang ... con+o|con+ben|con+canh|lo|cham|nuoi|trong ... duoc? nua',
      'khong con $ME', 'khong|chang co|con $ME|me|bo|ba|ma|cha nua', 'lan+cuoi', 'vinh+biet', 'mai+mai', 'duoi goi',
    ],
  },
  {
    id: 'selfharm.letter-left', kind: 'selfharm', why: 'has written a letter to leave behind, or a will with a way to go',
    patterns: [
      'viet|de|soan ... thu de+lai|tu+biet|cuoi|tuyet+menh|gui+lai', 'di+chuc ... di|ra+di|chet bang|theo cach',
      'di+chuc ... khong+con gi|het ... vuong+ban|luu+luyen|ban+tam',
    ],
  },
  {
    id: 'selfharm.will-and-way', kind: 'selfharm', why: 'a will or a last letter written, and the way to go still to choose',
    patterns: ['di+chuc|thu+tuyet+menh|thu+de+lai|thu+tu+biet'],
    with: ['bang+cach+nao|cach+nao|cach+gi|bang+gi|ra+di|lan+cuoi', 'khong+con o+day|tren+doi', 'chet|tu+tu|ket+thuc'],
  },
  {
    id: 'selfharm.method', kind: 'selfharm', why: 'a method named: pills counted, charcoal in a closed room, a rope ready, the river or a bridge for an end',
    patterns: [
      'uong|nuot|an ... bao+nhieu|may ... vien|lo|vi ... thi|se|moi|de ... chet|die|khong+tinh|tu+vong|ngu+luon',
      'uong|nuot het|ca|nua|may|chuc|nhieu ... lo|vi|hop|nam|cho|dong|vien thuoc !bo|theo',
      'vua|da uong|nuot nua|ca|het|may|nhieu|chuc ... lo|vi|hop|nam|vien',
      'uong|nuot ... chuc|muoi|10|12|15|20|25|30|40|50|60|100|ca+chuc|may+chuc|hai+muoi|ba+muoi|nam+muoi|vai+chuc vien|vi|lo',
      'uong|nuot ... het|ca|nhieu ... paracetamol|panadol|efferalgan|hapacol|thuoc+an+than|an+than|seduxen|diazepam|thuoc+ngu',
      'cach+nao|cach chet|tu+tu|ra+di ... khong+dau|nhe+nhang|it+dau|em+ai|nhanh|de',
      'cach|lam+sao|lam+the+nao|bao+lau ... chet|tu+tu|ngat|khong+tinh ... khong+dau|nhe+nhang|it+dau|em+ai|nhanh',
      'co cach+nao|cach+gi chet|tu+tu|ket+lieu',
      'khong|chua chet|thanh ... lan+nay|lan+sau|lan+toi', 'lan+truoc ... khong+chet|hut|khong+thanh ... lan+nay',
      'nhay|lao xuong|xuong+duoi|xuong+day cho+xong|cho+roi|luon|cho+nhe|cho+yen !ho+boi|be+boi|san',
      'muon|chi+muon|dinh|se nhay|lao xuong|xuong+duoi !ho+boi|be+boi|san|nuoc+boi',
      'saved|saving|stockpil*|hoard* ... pills|pils|tablets', 'how many pills|pils|tablets ... die|kill|lethal|overdose',
      'been|started|keep|kept ... cuting|burning|hurting ... again|myself',
    ],
    unless: [spare('medicine', MEDICINE)],
  },
  {
    id: 'selfharm.rope-charcoal', kind: 'selfharm', why: 'a rope ready, or charcoal burned in a sealed room',
    patterns: [
      'dot|nhom|dun than|than+hoa|than+to+ong ... phong|kin|dong+kin|bit|dan|bang+keo',
      'than+hoa|than|than+to+ong ... bang+keo|dan+kin|bit+kin|dong+kin|bit+cua|dan+cua',
      'dong+kin|bit+kin|dan+kin|dong+het|khoa+kin ... dot|nhom|dun than|bep+than|than+hoa|than+to+ong', 'trong xe|o+to|phong ... dot|nhom than',
      'mua|chuan+bi|co+san|de+san san? day+thung|day+treo|soi+day',
      'chuan+bi|mua+san|san|co+san day|thung roi|xong|san', 'chuan+bi|mua+san|co+san day|day+thung $',
    ],
    unless: [spare('everyday-use', EVERYDAY_USE, ['dong+kin|bit+kin|dan+kin|lan+cuoi|chet|tu+tu'])],
  },
  {
    id: 'selfharm.to-the-water', kind: 'selfharm', why: 'going to a river, a bridge or a rooftop, with an end named',
    patterns: ['ra|toi|len|den|dang+o|o|xuong cau|bo+song|bo+ke|bo+kenh|bo+ho|bo+bien|san+thuong|song|kenh|bien'],
    with: ['lan+cuoi', 'nhay', 'het+roi|het+that|het+that+roi', 'het $', 'cho+xong|cho+roi|cho+nhe|cho+yen|luon+cho', 'nuoc lanh|sau|chay|xiet', 'tam+biet|vinh+biet'],
  },
  {
    id: 'selfharm.injury-for-relief', kind: 'selfharm', why: 'burns, cuts, hits or starves oneself, for relief or as punishment',
    patterns: [
      'bat+lua|ban+la|thuoc+la|dieu+thuoc|tan+thuoc|que+diem|nen|dao+lam|luoi+lam|kim ... ho|dot|di|gi|chich|chi|rach|cua|khua ... vao? tay|dui|da|bung|co+tay|nguoi|minh',
      'tu? hanh+ha|trung+phat|day+vo|ha+nhuc|phat ban+than|chinh+minh',
      'nhin|bo an|uong ... cho chet|kiet|gay|dang+doi', 'tu bo+doi|nhin+doi ban+than|minh',
      'dap|dam|dap+dau|danh|cao|cau|bau|giat+toc|can ... vao? dau|tay|mat|nguoi|toc cua? minh|ban+than|chinh+minh',
    ],
    with: [
      'cho do|de+chiu|nhe+nhom|bot|quen|het ... buon|dau|kho|nho|chiu|hon|tuc|ghet',
      'thay de+chiu|nhe|do|on+hon|thoai+mai', 'tu|ban+than|chinh+minh', 'moi+khi|moi+lan|hay|lai ... buon|tuc|ghet|chan|met|kho',
      'phat|trung+phat|hanh+ha', 'relief|better',
    ],
  },
  {
    id: 'selfharm.with-the-children', kind: 'selfharm', why: 'taking the children along in death (ôm con cùng đi): a danger to the children too',
    patterns: [
      'om|dat|dan|mang|keo|cho con|cac+con|be ... chet|di|nhay|ra+di|uong ... chung|cung|theo|cho+xong|cho+roi|luon',
      'om|dat|dan|mang|keo|cho con|cac+con|be ... cung|cung+nhau di|chet|nhay|ra+di',
    ],
  },
  {
    id: 'selfharm.die-for-them', kind: 'selfharm', why: 'dying "so that he will be happy" or "to be done with it"',
    patterns: [
      '$ME|chac chet|die di? cho $SUBJ|moi+nguoi|ca+nha|ho|nguoi+ta ... vui|vua+long|sung|hai+long|khoe|yen|nhe|ranh|het',
      'chac|thoi|thoi+thi $ME? chet|die thoi|luon|cho+roi|cho+xong|cho+xong+chuyen',
      'chac|muon|thoi $ME? end|out|thoat game|doi|kiep ... luon|thoi|cho+xong|cho+roi|song',
    ],
    with: ['song ... met|kho|chan|chi|lam+gi', 'met|chan|kho ... qua|lam|roi|vl|vai|that', 'chiu|tru ... noi|het', 'danh|hanh+ha|chui|ghet', 'khong ai', 'game', 'that+su|khong+dua|that+long'],
  },
  // Families of the third held-out set (issue 8, point 2), written as (first person, often unsaid) + (an ending, a
  // method, a handover or a last message) rather than as phrases: giving up, an accident wished for, a way out of
  // life, a place or a means on the way, household poisons, a message passed on, "don't look for me", self-injury
  // with any tool, starving oneself, following the dead.
  {
    id: 'selfharm.giving-up', kind: 'selfharm', why: 'gives up on living: "enough", "no longer want to try", wants to stop, thinks of how to end',
    patterns: [
      'cach|cach+nao|lam+sao de? ket+thuc|cham+dut|dung+lai|giai+thoat $', 'nghi|tinh|tim ... cach ... ket+thuc|giai+thoat|ra+di|bien+mat',
      'song|cuoc+song|cuoc+doi|kiep+nay ... vay|nhu+vay|the+nay ... du|qua+du roi|lam+roi', 'du roi|lam+roi ... khong muon|chang+muon|het+muon co|co+gang|song|tiep+tuc',
      'khong|chang|het muon|thiet|con+muon co|co+gang|gang|gang+guong|tiep+tuc|chien+dau|cham+chiu|chong+choi nua', 'khong|chang the|con tiep+tuc|co|song+tiep ... nua|duoc+nua',
      'khong the tiep+tuc $', 'den|toi luc|gio|ngay ... dung+lai|ket+thuc|ra+di|buong+tay|buong+xuoi|chet', 'doi|cuoc+doi|cuoc+song ... $ME? chang|khong con gi', 'muon|chi+muon dung+lai|nghi+ngoi+mai|buong+xuoi|buong+tay|bo+cuoc $',
      'thoat|roi|giai+thoat|thoat+ly khoi? cuoc+doi|coi+doi|the+gian|tran+gian|cuoc+song|kiep+nay !nham|tu|o|ngheo|kho+khan|hien|thanh|do',
      'thinking about|of ending|end it|things|my+life|everything', 'ending it tonight|now|soon|all',
    ],
    with: [
      'song|song+met|cuoc+song|cuoc+doi|kiep', 'met|chan|kho|dau|buon|tuyet+vong|be+tac|ap+luc|kiet+suc|suy+sup|het+suc', '$ME', 'nua', 'tonight|sorry|everything',
      'de|cach|ket+thuc|giai+thoat|cuoc+doi', 'de+hon|nhe+hon',
    ],
    unless: [spare('a-task', ['cong+viec|du+an|hop+dong|mon|khoa+hoc|ky+thi|tran|game|bo+phim|mua|giai+dau|giai+bong|cuoc+thi|chuyen+tinh|moi+quan+he|yeu|chia+tay|an+kieng|diet|gym|tap'], ['song|cuoc+doi|cuoc+song|chet'])],
  },
  {
    id: 'selfharm.means-waiting', kind: 'selfharm', why: 'the means at hand (pills, rope, charcoal, a blade) and waiting for the household to sleep or leave',
    patterns: ['chi|dang|con cho|doi moi+nguoi|ca+nha|nha|bo+me|vo|chong|con|ho ... ngu|di|vang|ra+ngoai|di+lam|di+vang'],
    with: ['thuoc|day|than|dao+lam|luoi+lam|xang|thuoc+ngu|thuoc+chuot|day+thung'],
    unless: [spare('chores', ['bat+ngo|sinh+nhat|qua|tiec|don+dep|xem+phim|choi+game|nau|lam+banh|hoc|lam+bai'])],
  },
  {
    id: 'selfharm.when-im-gone', kind: 'selfharm', why: 'speaks of the time when they are no longer there, or of others being fine without them',
    patterns: [
      'khi|neu|lo|mai+mot|sau+nay|mai|lo+ma ... $ME khong+con|chet|mat|di+roi !tre|tien|thoi+gian|lam|viec|hoc|suc|nho|yeu|muon|thich|kien+nhan|ban|o+nha|o+day+lam|cong+tac|di+lam',
      'ai|moi+nguoi|ca+nha|bo+me|chong|vo|con ... cung? se? on|vui|tot|nhe+nhom|hanh+phuc|thanh+than|sung+suong ... hon? khi|neu|lo $ME khong|chet|di|bien+mat',
      'khong+bao+gio|chang+bao+gio phai|can? thuc+day|tinh+day|tinh+lai|mo+mat|day+nua !som|luc|de|di|vao',
      'viet|de|soan xong thu|la+thu', 'viet|de|soan|de+lai ... thu ... cho|gui ... con|cac+con|me|bo|ca+nha|moi+nguoi|vo|chong ... roi|xong|cuoi|de+lai',
      'uong|nuot het|ca|sach ... la|thi|cho|roi xong|het|yen|xong+chuyen', 'cam|lay ... hop|vi|lo thuoc ... uong|nuot het',
      'chon|dinh|quyet+dinh ... ngay|luc|cach ... de? ra+di|ket+thuc|chet|tu+tu', 'chon|dinh|quyet+dinh ... de ra+di|chet',
      'lao|nhay|nam|di ra|vao|xuong ... duong|giua+duong|duong+ray ... cho|de xe|tau|xe+tai|container|oto can|tong|dam|cuon',
      'khong|het|chang guong|tru|chong+chiu|co noi|duoc nua',
    ],
    with: ['$ME', 'khong+con', 'xong', 'het', 'nua', 'ra+di', 'can|tong|dam'],
    unless: [spare('away-or-tired', ['du+hoc|xuat+khau|di+lam+xa|nghi+huu|ve+huu|chuyen+cong+tac|di+nghia+vu|nhap+ngu|chuyen+nha|di+du+lich|sang+nam|tour|chuyen+bay|di+cong+tac|nghi+phep|ve+que', 'viet thu|gui+thu ... tinh|xin+viec|khen|cam+on|chuc+mung|giang+sinh|tet|sinh+nhat|ong+gia+noel|tay', 'gym|chay+bo|tap+gym|leo+nui|deadline|ca+dem|tang+ca|ky+thi|thi+cu|on+thi'], ['chet|song|mai+mai|vinh+biet|tu+tu|thuoc|ra+di'])],
  },
  {
    id: 'selfharm.accident-wished', kind: 'selfharm', why: 'wishes an accident, an illness or a vehicle would take them',
    patterns: [
      'mong|uoc|cau|gia+ma|gia+nhu|uoc+gi ... tai+nan|benh+nan|ung+thu|xe|tau|set ... den|toi|tong|can|dam|danh|trung|cho? $ME|minh',
      'mong|uoc|cau|gia+ma|gia+nhu ... co? tai+nan|benh+nan|ung+thu|benh+nang',
      'xe|xe+tai|xe+container|tau|oto|o+to ... tong|can|dam|cuon $ME|minh ... cho+xong|cho+roi|luon|mot+phat|chet',
      'wish|hope|pray ... accident|car|truck|bus|cancer ... hit|kill|take me',
    ],
  },
  {
    id: 'selfharm.vanish-for-good', kind: 'selfharm', why: 'going so far that nobody will see or find them again',
    patterns: [
      'khong|chang ai|nguoi+nao ... gap+lai|thay+lai|tim+thay|tim+duoc|tim+ra|nhin+thay ... duoc|nua|mai',
      'dung|khong+can|dung+co tim $ME ... nua|nha|nhe|lam+gi|vo+ich', 'dung|khong+can|dung+co tim $ME $', 'dung|khong+can|dung+co tim $',
      'neu|khi|mai ... khong thay|gap $ME ... online|nua|tra+loi|nhan ... dung|khong+can tim|buon|lo',
      'dont look for me', 'dont try to find me',
    ],
    with: ['xa|di|mai+mai|vinh+vien|nua|online|nha|nhe|me', '$'],
    unless: [spare('game', ['tron+tim|choi|game|ban+bi+mat|tiec|bat+ngo|su+kien|qua'], ['chet|song|mai+mai'])],
  },
  {
    id: 'selfharm.on-the-way', kind: 'selfharm', why: 'going to a bridge, a river, the rails or a rooftop and not coming back, or standing there now',
    patterns: [
      'ra|toi|len|den|xuong|dang+o|dung|ngoi cau|song|bo+song|bien|ho|san+thuong|tang+thuong|noc|duong+ray|duong+tau ... khong ve|quay+ve|quay+lai|tro+ve nua',
      'dung|nam|ngoi|ra sat|canh|ben|gan|tren? duong+ray|duong+tau|duong+sat ... doi|cho|nghe tau', 'lao|nhay|nam|dung ra? vao? truoc|xuong duong+ray|dau+tau|xe+tai|xe+container|banh+xe',
      'dang|toi|em|minh|tui dung|ngoi|o tren? san+thuong|tang+thuong|noc+nha|mai+nha|lan+can|mep|cau ... gio|lanh|cao|toi|dem|mot+minh|nhin+xuong|lan+cuoi',
      'nhin xuong ... nghi|muon|chac|thay|tinh ... nhay|lao|roi|xuong', 'nghi|tinh|thu|chac|thay|muon nhay|lao|roi xuong ... nhanh|cho+xong|de|chet|luon|roi', 'nghi|tinh|nghi+toi|nghi+den ... chuyen|cach nhay|lao|gieo+minh ... xuong|lau|cau|song',
      'standing|sitting on|at the? roof|rooftop|bridge|ledge|edge|tracks',
    ],
    unless: [spare('view', VIEW, ['khong ve|nhay|lao|lan+cuoi|chet|het'])],
  },
  {
    id: 'selfharm.searched-method', kind: 'selfharm', why: 'looked up a method: how to tie a noose, how many pills, how high',
    patterns: [
      'tra|tim|search|google|hoc|xem|hoi ... cach that|buoc|lam ... nut|day|thong+long !ca+vat|co+vat|giay|day+giay|khan|no|bim|tui|dep|day+chun|toc|hang|qua',
      'tra|tim|search|google|hoc|hoi ... bao+nhieu|may vien|tang|met ... thi|se|moi|de ... chet|khong+tinh',
      'cach that nut|thong+long $', 'that thong+long', 'how to tie a noose', 'noose',
    ],
  },
  {
    id: 'selfharm.household-poison', kind: 'selfharm', why: 'swallowed or means to swallow bleach, toilet cleaner, pesticide, petrol or a whole store of pills',
    patterns: [
      'uong|nuot|an|tu+uong ... nuoc+tay|thuoc+tay|tay+bon+cau|tay+rua|javel|gia+ven|nuoc+rua+chen|xang|dau+hoa|thuoc+tru+sau|thuoc+diet+co|thuoc+diet+chuot|thuoc+chuot|axit|acid|bleach|cloroxin|duc+bon|vim',
      'gom|tich|tru|de+danh|giau|gom+gop|mua ... du|het|san|nhieu|duoc ... thuoc|vien|vi|lo ... roi|chi|chua|de|cho',
      'gom|tich|tru|de+danh du|san thuoc', 'drank|swallowed|drink|swallow bleach|poison|pesticide|cleaner',
    ],
    unless: [spare('medicine', MEDICINE, ['tich|gom|tru|de+danh du|het|san|duoc'])],
  },
  {
    id: 'selfharm.message-passed-on', kind: 'selfharm', why: 'asks someone to pass on an apology or love to their children or family, or a thank-you that ends all contact',
    patterns: [
      'nho|nhan|giup|gium|dum ... noi|nhan|chuyen|gui ... voi|cho|lai? con|me|bo|vo|chong|ca+nha|moi+nguoi|gia+dinh ... xin+loi|yeu|thuong|tha+thu|nho',
      'noi|nhan|chuyen voi|lai|giup|dum|gium me|bo|con|vo|chong|ca+nha|gia+dinh ... la $ME ... xin+loi|yeu|thuong ... nha|nhe|giup|gium|dum|ho|voi',
      'tu+mai|tu+nay|tu+gio|sau+nay|tu+hom+nay|se|sap ... khong|chang|het lam+phien|lam+kho|lam+ganh|lien+luy|quay+ray ... ai|moi+nguoi|ca+nha|nua',
      'dinh|se|sap|quyet+dinh ... xong|roi ... thi|la $ME di|ra+di|nghi',
      'se|sap|tu+mai|mai|tu+nay|roi ... khong+phai|khong+can|het+phai|chang+phai|thoi lo|ban+tam|kho|vat+va|kho+so|buon ... vi|cho|voi $ME ... nua', 'khong|chang muon lam+phien|lam+kho|lien+luy|lam+kho|lam+ganh ai|ai+nua|moi+nguoi',
    ],
    with: ['$ME', 'con', 'cam+on', 'xin+loi', 'di', 'nua', 'tam+biet|bye|vinh+biet'],
    unless: [spare('everyday-leave', ['nghi+viec|chuyen+viec|cong+ty|nhom|group|lop|chuyen+nha|du+hoc|di+lam|xuat+khau|di+xa+lam|o+ky+tuc|nghi+phep'], ['chet|song|mai+mai|vinh+biet|tam+biet+mai'])],
  },
  {
    id: 'selfharm.injury-tool', kind: 'selfharm', why: 'self-injury with any tool, as a habit or a relapse (compa, dao lam, bật lửa), or the urge to hit one\'s head',
    patterns: [
      'lai|cu|hay|moi+lan|moi+khi|thuong|khong+dung+duoc ... cam|lay|dung|mo|tim ... dao+lam|luoi+lam|dao+roc+giay|manh+chai|compa|kim|dao+cao|lam',
      'dao+lam|luoi+lam|dao+roc+giay|manh+chai|compa|kim|dao|bat+lua|ban+la|thuoc+la|que+diem|mong+tay|but ... cao|cat|rach|khua|ho|dot|di|gi|chich|rạch|gach|ve|dam ... len|vao|vo? tay|dui|co+tay|da|bung|minh',
      'cao|cat|rach|khua|ho|dot|di|gi|chich|gach|dam tay|dui|co+tay|da|minh ... bang dao+lam|luoi+lam|dao+roc+giay|manh+chai|compa|kim|dao|bat+lua|ban+la|thuoc+la|que+diem',
      '$ME tu|lai|hay|cu|thuong? di|gi|dot|chi|chich|cat|rach|cao|khua dao+lam|luoi+lam|dao+roc+giay|manh+chai|compa|kim|bat+lua|ban+la|thuoc+la|tan+thuoc|dieu+thuoc|que+diem ... vao|vo|len tay|dui|co+tay|da|bung|minh',
      'muon|cu|hay|lai dap|dam|dap+dau|dam+dau|cui dau vao|vo tuong|cua|ban|ghe|san ... cho|den|toi dau|quen|chay+mau|do|tinh',
      'hanh|hanh+ha|hanh+xac|day+vo|tra+tan ... minh|ban+than|chinh+minh|than+xac ... chet|chet+dan|kiet',
      'nhin+an|bo+an|nhin+doi|tuyet+thuc|khong+an|nhin|bo ... toi|den|cho ... chet|kiet|gay+tro', 'chet dan|mon',
    ],
    with: ['$ME', 'lai', 'cu', 'hay', 'moi', 'buon|dau|quen|chet|cho|khong+dung+duoc|chi+chit|seo', 'ngay'],
    unless: [spare('another-hand', ['$SUBJ lai|dang|vua|cu|hay|con? rut|cam|lay|vung|chia|ke|gi|dot|chi|dam|cat|rach|di'], ['tu|chinh+minh|ban+than|$ME tu']), spare('care-or-craft', ['nau|bep|thai|got|cat+tia|cat+mong|cat+toc|cao+rau|lam+mong|nail|ve+tranh|ve+hinh|thu+cong|hoc+ve|mon+ve|nhin+an+sang|an+kieng|giam+can|nhin+an+gian+doan|bac+si|xet+nghiem|noi+soi|phau+thuat|mo'], ['chet|minh|tu|buon|dau|chay+mau'])],
  },
  {
    id: 'selfharm.follow-the-dead', kind: 'selfharm', why: 'wants to follow a dead partner or relative, "because nobody loves me now"',
    patterns: [
      'muon|xin|cho|dinh|se|sap di|ve theo|gap ong+nha|ba+nha|nha+toi|chong|vo|ba|bo|me|ma|cha|tia|ong|ong+ba|ba+noi|ba+ngoai|ong+noi|ong+ngoai|con|anh|chi|em',
    ],
    with: ['mat|qua+doi|chet|khuat|ra+di|khong+con', 'khong|chang ai', 'mot+minh|co+don', 'cho+roi|cho+xong|cho+yen|luon', 'kho|met|gia|lam+kho|lam+khổ|ganh+nang'],
    unless: [spare('visiting', ['nho+nha|ve+que|an+tet|du+lich|choi|o+que|nghi+he|chuyen+nha|di+hoc|di+lam|di+cho|tham|lam+an|buon+ban|len+thanh+pho'])],
  },
  // Two families at once (death or ending, burden or hopelessness, goodbye or legacy) say more than any phrase.
  {
    id: 'selfharm.cue-families', kind: 'selfharm',
    why: 'two families of self-harm cues together: death or ending, burden or hopelessness, goodbye or legacy',
    patterns: ['!danh|dap|giet|so|bop|chem|dam|doa|dap+cho|xu|thit|lam|muon|met|doi|nong|cuoi $DEATH_CUE'],
    with: ['$HOPELESS_CUE', '$GOODBYE_CUE'],
  },
  {
    id: 'selfharm.burden-goodbye', kind: 'selfharm', why: 'burden or hopelessness together with a goodbye or a legacy',
    patterns: ['$HOPELESS_CUE'],
    with: ['$GOODBYE_CUE'],
  },
];

/**
 * A cry for help about an everyday trouble: an exam, a password, a rice cooker, "haha". Only `danger.cry-for-help`
 * is held back by these; a person hit or threatened is still read by the other rules.
 */
const EVERYDAY_TROUBLE = [
  'haha|hihi|hehe|kaka|kk|kkk|lol|lmao|hoho|huhu+haha', 'mai|sap|dang|chua ... thi|kiem+tra|nop+bai|hoc',
  'deadline|bai+tap|homework|bai+toan|essay|asignment|on+thi|do+an|luan+van|slide',
  'quen|mat|hong|hu|lam+mat|danh+mat ... mat+khau|the|vi|dien+thoai|laptop|may|wifi|pass|tai+khoan|zalo|facebook|chia+khoa|giay+to',
  'noi+com|may+giat|tu+lanh|bep|ket+xe|het+xang|het+pin|xe+hong|nha+ve+sinh+tac|mat+dien|cup+dien',
  'help me with|on', 'nut|tinh+nang|che+do|cai+dat|phim|cuoc+goi sos', 'sos ... dung|lam|cai|bat|tat ... the+nao|sao|gi|o+dau',
];
/** Killing in a game, a song, a film or a slaughterhouse. */
const NOT_A_KILLING = [
  'bai+hat|loi+bai|cau+hat|ca+si|lyrics|bai+gi', 'game|pk|boss|quai|team|rank|feed|lien+quan|pubg|free+fire|lmht|map|level|nhan+vat',
  'giet+mo|lo+mo|gia+cam|gia+suc|mo+heo|mo+lon|lo+giet+mo', 'exam|test|homework|work|traffic|deadline|sep|boss|job|class|heat|nong|gym|bai|mon|thi|hoc|meeting|shift|legs|feet|back ... kil*', 'kil* ... deadline|exam|homework|sep|boss|lol|haha', 'kil* me lol|haha|lmao',
];

/**
 * Violence long past ("hồi trước", "năm ngoái", "từng", "used to"): a concern, not an emergency. Held back unless a
 * sign of now is there too (NOW); the free-text reading then asks "are you safe right now?" with the numbers.
 */
const PAST = [
  'hoi|ngay|luc|thoi truoc|xua|do|nho|be|con+nho|con+be|cap+1|cap+2|cap+3|hoc|sinh+vien', 'truoc+day|truoc+kia|ngay+truoc !cong|cua|mat|nha|san|truong|phong|xe|quan|cho',
  'nam+ngoai|nam+truoc|thang+truoc|tuan+truoc|nam+kia|hom+truoc', 'may|vai|nhieu|hai|ba|bon|nam|muoi|2|3|4|5|6|7|8|9|10 nam|thang|tuan truoc|roi',
  '!doa|de+doa|se|doi|dinh|sap|bi tung !anh|hinh|clip|video|len|ra|tin|hang|bong|dang|nguoi|tat', 'co lan|mot+lan|hom|bua', 'used to', 'last year|month|week', 'years|months|weeks ago', 'when i was', 'chuyen|da qua|cu|tu ... lau+roi|nam+roi',
  'ly+hon|ly+di|chia+tay|bo+ruou|bo+di|chuyen+di|nghi+viec|chuyen+viec|di+lam+xa roi',
];
/** Something happening now or about to: it cancels PAST and MEDIA. */
const NOW = [
  'dang !so|lo|nghi|tinh|hoc|lam|song|o+voi|mang+thai', 'vua|vua+moi|luc+nay|ngay+bay+gio|bay+gio|hien+gio|toi+nay|dem+nay|sang+nay|hom+nay',
  'lai|van|con|van+con ... danh|dap|doa|tat|dam|chem|bop|theo|rinh|quanh|uynh|hanh+ha|nhot|xu|giet', 'sap|se|lat+nua|chut+nua|mai ... ve|den|toi|danh|giet|xu',
  'cuu|help|giup $VICT', 'right now|tonight|again|still|is|keeps', 'van|van+con dung|ngoi|o ngoai|do|day|ben|canh|truoc',
];
/** A film, a story, the news or a court case about other people. */
const MEDIA = [
  'doc|xem|coi|nghe ... bao|tin|phim|truyen|clip|video|tin+tuc|thoi+su|phong+su',
  'phim|truyen|game|tieu+thuyet|bai+bao|tin+tuc|phong+su ... co+canh|doan|canh|tap|vu|nhan+vat',
  'cong+an|canh+sat ... triet+pha|bat+giu|khoi+to|dieu+tra|pha+an', 'duong+day|vu+an|toi+pham|bi+cao|bi+can|nghi+pham|hung+thu',
];
/** A martial art, a match or a game: blows that are part of it. */
const SPORT = ['vo+thuat|hoc+vo|tap+vo|vo+duong|vo+si|lo+vo|vovinam|karate|taekwondo|judo|boxing|kickboxing|muay|quyen+anh|vo+tu+do|dau+vat|vat+tay|sparring|doi+khang|bong+da|bong+ro|thi+dau|tran+dau|game|pk|dao+dien|dien+vien|dong+phim|vo+kich|hat+tuong'];
/**
 * Someone else's abuse, told as a habit or second hand ("bạn em hay bị bồ đánh", "đứa cháu kể"): a concern, not an
 * emergency, unless it is happening now or the writer is there (then the rules fire as usual).
 */
const THIRD_PARTY = [
  'ban em|toi|minh|tui|cung+lop|cung+phong|hoc|gai+em|trai+em|cua+em|cua+toi', 'dong+nghiep|chi+ho|anh+ho|em+ho|co+ban|dua+ban|con+ban|thang+ban|nguoi+quen|dua+chau|dua+em|con+hang+xom',
  'ba+noi|ba+ngoai|ong+noi|ong+ngoai ... o voi', 'ban+than em|toi|minh|tui ... hay|bi|thuong', 'nghe+noi|nghe+ke|ke+lai|nghe+bao', 'co+ay|chi+ay|anh+ay|ban+ay|con+be+ay ... hay|bi|thuong',
];
/** A question about the law or about what to do, asked in general ("nếu bị chồng đánh thì báo ai"). */
const HYPOTHETICAL = ['neu|gia+su|truong+hop|khi ... bi ... thi ... ai|dau|nao|gi|sao|khong|the+nao', 'neu|gia+su|truong+hop ... thi bao|goi|lien+he|lam'];
/** The writer is there, or it is happening now, after all. */
const HERE_NOW = ['!ho|ban|cua|chau|chi|anh|gai|trai|than $ME dang|vua|moi|bi|van|lai', 'o+canh|ben+canh|trong+nha|nha+em|nha+toi|o+day', 'dang|vua|luc+nay|bay+gio|hien+gio|toi+nay|dem+nay|cuu|khan+cap|ngay+bay+gio|lien', ...NOW];
/** A mishap at home with "chắc mẹ giết tui": hyperbole, unless the writer fears being found out asking for help. */
const MISHAP = [
  'ma|neu biet|thay|phat+hien ... chac|thi|la ... giet|xu|chem|chet|bop+co',
  'lam|danh|de roi|vo|be|mat|hong|gay ... dien+thoai|ly|chen|binh|xe|kinh|laptop|may|do',
  'diem+kem|diem+thap|thi+rot|thi+truot|rot|truot|ve+tre|ve+muon|tieu+het|an+vung|tron+hoc|cup+hoc|bo+hoc|nhuom+toc|xam',
];
const MISHAP_BUT = ['so|run|cuu|dang|vua|doa|de+doa|dao|sung|that+su|khong+dua|goi|nhan+tin|tong+dai|bao|to+cao|cong+an|ly+hon|bo+di|tron'];
/** Blows, grabs or hiding that are a sport, a toast, a game, a pest or a pet. */
const TOAST = ['do|dzo|zo|yo|vo 100|tram+phan+tram|tram', 'can|cung|nang ly|coc', 'het+ly|can+ly|mot+hai+ba'];
const PLAY_HIDE = ['choi|game|tron+tim|u+tim|tron+hoc|tron+viec|tron+no|ngu|luoi|hoc+bai|lam+bai|xem+phim|giau+qua|bat+ngo'];
const PLAY_HIDE_BUT = ['so|run|cuu|dang+tim|di+tim|tim+kiem|kiem|duoi|danh|dap|doa|giet|dao|say|chui|khoa'];
const PESTER = ['xin|hoi|doi|muon|nho|nang+nac|nhong+nheo|hoc ... link|tien|bai|truyen|sach|do|game|acc|nick|so|chi|choi|an|qua|keo|ve'];
const PESTER_BUT = ['so|doa|rinh|nguoi+la|dem|khuya|ve+nha|ngoai+cong|dang+dung|theo+doi|chup|quay'];
const PETS_OBJECTS = ['cat|dog|puppy|kitten|pet|hamster|bird|meo|con+cho ... atack*|bit*|scratch*|hit*|kick*|jump*', 'my|the plant|plants|toy|toys|shoe|shoes|sofa|couch|pilow|curtain|homework|food'];
const PETS_BUT = ['me|us|her|him|mom|kids|baby|sister|help|scared|husband|boyfriend|dad|stepdad'];
const REFUEL = ['cay+xang|tram+xang|gia+xang|lit|binh|xe|moto|o+to|xe+may|re|dat|bao+nhieu|o+dau|nao|full|day+binh'];
const REFUEL_BUT = ['dot|bat+lua|chay|quet|hoa|doa|giet|tu+thieu', 'vao|len|vo nguoi|nha|phong|giuong|mat|$VICT|$BODY'];
const GIFT = ['mon+qua|qua+tang|tang+qua|qua+sinh+nhat|vong|ao|hoa|nhan|dong+ho|sinh+nhat|ky+niem|banh|dep|vui|thich|cam+dong|bat+ngo|tang+qua'];
const GIFT_BUT = ['dau|chay+mau|te|nga|sung|bam|xiu|choang|u+tai|u+dau|vao|vo mat|dau|mom'];
/** The writer or their own family is in it after all. */
const ABOUT_ME = ['toi|em|minh|tui|tao|tau|chau|i|my|nha+toi|nha+em|con+toi|con+em', ...NOW];
const PAST_SPARE = spare('past', PAST, NOW);
/** A grandparent's lap with cartoons or a story: family warmth, unless fear, pain or a secret is there. */
const FAMILY_WARMTH_SPARE = spare('family-warmth', ['xem+hoat+hinh|hoat+hinh|ke+chuyen|doc+truyen|an+com|chup+hinh|ong+chau|ba+chau|cuoi+suot|cuoi'], ['so|khoc|dau|bi+mat|dung+noi|khong+dam|so+mo|coi|thay|chu|duong|hang+xom|bac|cau']);
const THIRD_PARTY_SPARE = spare('third-party', THIRD_PARTY, HERE_NOW);
const HYPOTHETICAL_SPARE = spare('hypothetical', HYPOTHETICAL, HERE_NOW);
const MEDIA_SPARE = spare('media', MEDIA, ABOUT_ME);

export const DANGER_RULES: readonly RiskRule[] = [
  {
    id: 'danger.cry-for-help', kind: 'danger', why: 'cries for help: cứu, help, SOS',
    patterns: [
      'cuu', '!legal|self help !center|desk|line|page|wanted|ful', '!chu sos !la|nghia|viet+tat|co+nghia', 'save me|us',
      'giup|cuu $VICT? voi? ... nhanh+len|gap|ngay|le+len|khan+cap', 'lam+on giup|cuu $VICT',
    ],
    unless: [spare('everyday-trouble', EVERYDAY_TROUBLE)],
  },
  {
    id: 'danger.threat-to-kill', kind: 'danger', neverSelfharm: true, why: 'killing or a threat to kill',
    patterns: [
      'giet', 'may muon chet', 'kil* !time|it|me+lol|me+haha|me+lmao', 'murder*',
      'doa|de+doa|doi ... $HARM', 'danh|dap|bop chet', 'phai|se co nguoi chet', 'cho $VICT chet',
      'se|doa|doi xu|thit|lay+mang $VICT', 'chet ca nha|ca+lu', 'lay mang $VICT',
      'threaten* to kill|hurt', 'going to kill|hurt', 'doa|de+doa ... tim|den|toi nha|cho|truong|$VICT', 'cho $VICT? biet+tay', 'thi dung trach|oan',
      'sap|se|dang|toi+nay|dem+nay ... toi|den|ve|qua ... xu|thit|tinh+so|giai+quyet $VICT',
    ],
    unless: [spare('not-a-killing', NOT_A_KILLING), PAST_SPARE, MEDIA_SPARE, spare('mishap', MISHAP, MISHAP_BUT)],
  },
  {
    id: 'danger.weapon', kind: 'danger', why: 'a weapon taken up or pointed (knife, gun, acid, petrol)',
    patterns: [
      '$WIELD ... $WEAPON', '$SUBJ co dao|sung|ma+tau|kiem|luu+dan', 'dao|sung|bua|kiem|ma+tau dam|chem|doa|ke|chia|vao',
      'chia sung', 'mai dao|kiem|ma+tau ... doa|giet|xu|chem|toi+nay|dem+nay|ca+dem|nhin|liec',
      'axit|acid|a+xit|a+cit|anh+xit|anh+cit', 'tat|hat|tuoi|do xang', 'dot nha|$VICT',
      'knife|knives|gun|guns|weapon|machete|pistol|rifle|axe|hammer|cleaver|razor !set|block|sharpener|skill*|rack|law*|control',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('refuel', REFUEL, REFUEL_BUT)],
  },
  {
    id: 'danger.strangling', kind: 'danger', why: 'choking, strangling or drowning (bóp cổ, siết cổ, dìm đầu)',
    patterns: [
      'bop|siet|xiet|boc co !tay|chan|ao|phieu|vu|dong|dien|truyen|tich|xe', 'chok*', 'strangl*', 'throat', 'dim|nhan|de|an|dan dau $VICT? xuong|vao nuoc|song|ao|chau|xo',
      'bit mieng|mui $VICT', 'tum|nam co|co+ao $VICT', 'drown*',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.hitting', kind: 'danger',
    why: 'someone is hitting, kicking, stabbing or beating a person (đánh, đập, quánh, oánh, nện, phang …)',
    patterns: [
      '$SUBJ ... $HIT', '$HIT $VICT', 'bi|dang|doa|duoi $HIT', '$HIT nhau|chet', 'dam|chem|tat',
      'da vao $BODY', 'da $VICT', 'dap pha|do|cua', 'nem|quang do|ly|chen|bat|ghe|coc',
      'hit|hiting|hits|beat|beating|beats|punch*|kick*|slap*|hurt|hurting|hurts|atack*|stab* $EN_OBJ',
      'beating|beaten|stabbed|atacked|asaulted',
      'push*|shov*|grab*|drag*|threw|throw* $EN_OBJ',
      'xo|day $VICT? nga|xuong|te', '$SUBJ xo $VICT', 'tum|nam|giat|keo toc', 'keo le',
      '$SUBJ ... lay ... phang|quat|vut|dap|nem+vao|choi', 'dap|dam|dap+dau dau $VICT vao',
      '~tan|tat|bop|~thoi vao $BODY|mom', '~tan|tat|nen|~duc cho $VICT? mot|may|vai|1|2 tran|cai|phat|dap|roi',
      'khap nguoi|toan+than ... vet|bam|tim', 'nheo|veo|ngat|cau+veo ... tim|bam|chay+mau|sung|rach',
      'bat $VICT? quy|dung|phoi ... ca+dem|ngoai+san|ngoai+nang|ngoai+mua|hang+gio|suot', 'nga ram ... im', 'khoc thet ... nga|im',
      'my stepdad|stepfather|dad|father|uncle|husband|boyfriend ... hits|beats|hit|beat|hurts',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, THIRD_PARTY_SPARE, HYPOTHETICAL_SPARE, spare('sport', SPORT, ['$HIT toi|em|tui|tao|minh|con|me|vo|chau', 'dang|vua|cuu|so|chay+mau']), spare('toast', TOAST, ['$HIT toi|em|tui|tao|minh|con|me|vo|chau', 'dau|mat|nguoi|so|cuu|chay+mau']), spare('pets-objects', PETS_OBJECTS, PETS_BUT), spare('broke-object', ['dap|danh|lam vo|be|nat ... ly|coc|chen|bat|dia|binh|kinh|guong|dien+thoai|hop|trung|tivi|chai'], ['$HIT toi|em|tui|tao|minh|con|me|chau', 'so|cuu|say|chui|doa|nem+vao|vao+nguoi|vao+dau|chay+mau|danh+nhau|dang|lien+tuc|dap+pha'])],
  },
  {
    id: 'danger.sexual-violence', kind: 'danger',
    why: 'rape, forced sex or sexual abuse, including the words children use (sờ chỗ kín, làm chuyện người lớn)',
    patterns: [
      'hiep', 'cuong buc', 'xam hai', 'ep|bat|cuong+ep $VICT? phai? quan+he|lam+chuyen+do|lam+chuyen+ay|ngu+voi|lam+tinh',
      'rape*|raping|rapist*', 'sexual* asault*|abus*', 'molest*', 'forced me|himself',
      'so|ro|so+mo|so+soang|nan|bop|hon vao? $PRIVATE', 'so|ro|mo|so+mo|so+soang vao nguoi|nguc|mong', 'so+soang|so+mo',
      'bat|ep $VICT? coi|thao quan|ao|do|quan+ao|het', 'coi|thao quan|quan+ao|do no ra',
      'lam|choi chuyen|tro nguoi+lon|vo+chong|bay+ba', 'choi tro bi+mat', 'ngoi len|tren dui|long ... thay|ong|chu|duong',
      'ngoi len dui',  '~dam+o|~dam+dang|au+~dam',
      '$CHILD_ABUSER ... dem+nao|toi+nao|moi+dem|moi+toi|dem|ban+dem|nua+dem ... vao|vo|lan+vao phong|buong|giuong',
      '$CHILD_ABUSER ... vao|vo|lan+vao phong|buong|giuong $VICT? ... dem|ban+dem|khuya|dong+cua|khoa+cua',
      '$CHILD_ABUSER ... goi|keo|bat|ru|keu $VICT? vao|vo|len|sang phong|buong|nha ... dong+cua|khoa+cua',
      'thay|chu|duong|ong ... khoa+cua|dong+cua ... so|om|hon|coi',
      'touches|touched|touching me', 'touch*|touched|touching my body|breast*|private*|chest|leg*',
      'forced|made me ... sex|naked|undress*|touch*',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, FAMILY_WARMTH_SPARE],
  },
  {
    id: 'danger.pinned-down', kind: 'danger', why: 'pinned down (đè ra) with pain, blood, fear or undressing',
    patterns: ['de $VICT ra|xuong', 'bi de ra|xuong|len'],
    with: ['dau', 'chay+mau', 'so', 'khoc', 'coi', 'quan+he', 'hiep', 'giu+chat', 'bit+mieng', 'khong+dam|chua+dam'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.confinement', kind: 'danger', why: 'locked in, tied up or not allowed to leave (nhốt, giam, trói)',
    patterns: [
      'nhot', 'khoa cua nhot', 'locked|locks|lock me|us|the+door|in', 'trapped',
      'khoa|chot|dong cua|cong|phong|nha|buong|cua+phong|cua+nha ... khong cho|khong+the+ra|khong+ra+duoc', 'giam trong|o+trong phong|kho|nha|chuong|buong|toilet|nha+kho',
      'giam+long', 'khoa+trai', 'giu $VICT trong nha|phong|kho|buong', 'bi|dang cam+tu', 'cam+tu $VICT', 'troi tay|chan', 'troi $VICT vao|lai|bang|chat', 'bi troi', 'xich $VICT|tay|chan',
      'khong cho $VICT? ve|ra+khoi|thoat !muon|tre|som|khuya|choi', 'khong duoc ve|ra+khoi !muon|tre|khuya',
      'tied me|us up', 'chained',
      'wont|doesnt|dont|will+not|does+not let me leave|go|out', 'cant get out',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.kidnapping', kind: 'danger', why: 'kidnapping (bắt cóc)',
    patterns: ['bat|ep|dua|cho $VICT? ... di xin+an|an+xin|ban+ve+so|lam+thue+khong+cong', 'thu|giu|lay|dap|cat dien+thoai|sim|dt ... khong cho|duoc $VICT? lien+lac|goi|ve|ra', 'bat coc', 'kidnap*', 'abduct*', 'bat|ep|keo|loi|day|nhet $VICT? len|vao xe|o+to|taxi|cop+xe'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.pursuit', kind: 'danger', why: 'being chased or hiding from someone (đang đuổi, trốn)',
    patterns: [
      'dang duoi', 'duoi theo|$HARM', 'dang theo|rinh|doi $VICT', 'dang|chay|phai tron', 'tron trong|khoi',
      'ruot|ruot+duoi $VICT', 'nup|tron sau|trong|duoi|ben|o|ngoai', 'chasing|chased|following|stalking me', 'followed me', 'being followed|stalked|watched', 'followed|following me? home', 'is|standing|waiting outside my house|door|home|window',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('play', PLAY_HIDE, PLAY_HIDE_BUT)],
  },
  {
    id: 'danger.fear-of-return', kind: 'danger', why: 'afraid because the abuser is coming back (sợ lắm nó về)',
    patterns: [
      'so ... $SUBJ sap|dang|lai|se? ve|den|quay+lai|quay+ve',
      'afraid|scared|terified ... come|coming|comes back|home',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.in-danger', kind: 'danger', trusted: true, why: 'says they are in danger, or asks for the police',
    patterns: [
      'nguy+hiem', 'khan+cap', 'khong an+toan', 'in danger', 'emergency', 'not safe', 'unsafe',
      'goi|bao|call cong+an|canh+sat|113|police|cops|911', 'call the police|cops',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('asking-if-safe', ['co? nguy+hiem khong|chua|ha|hem|hong|ko|khum|gi', 'nguy+hiem ... khong|ko ... a|ạ|nhi|vay|ha'], ['dang|cuu|help|$SUBJ dang|toi+nay|ngay+bay+gio'])],
  },
  {
    id: 'danger.break-in', kind: 'danger', why: 'someone breaking the door or climbing in (phá cửa, trèo vào)',
    patterns: [
      'pha|dap|dap+pha cua|cong', 'treo|leo|dot+nhap vao|qua nha|phong|cua+so|ban+cong|tuong|cong|rao', 'dang treo|leo vao|qua',
      'dot+nhap', 'breaking|broke in|into', 'kicking the door', 'treo|leo|nhay ... tuong|rao|cong|cua+so|ban+cong|mai ... vao|vo|qua nha|phong|san',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.stalking', kind: 'danger', why: 'followed home, watched or waited for, with a sign that it is happening now',
    patterns: [
      'di|bam|chay|lan theo toi|em|tui|tao|minh|tau|con+gai|chau', 'bam theo !doi', 'rinh rap', 'rinh $VICT',
      'theo+doi toi|em|tui|tao|minh|tung+buoc', 'biet nha $VICT', 'dung duoi|truoc|ngoai nha|cong|cua',
      'cho|doi|rinh o|truoc|ngoai cong|cua|nha', 'chan|chặn xe|duong|dau|loi $VICT', 'biet cho|noi $VICT? lam|o|hoc', 'lang+vang|lo+vo|ngo+nghieng|rinh+mo|quanh+quan ... truoc|ngoai|quanh|o nha|cong|cua|phong',
    ],
    with: [
      'lai', 'hom+nay', 'tu ... ve|den', 've+nha|ve+den', 'sau+lung', 'so', 'dang', 'van', 'suot', 'moi+ngay|ngay+nao|toi+nao|dem+nao',
      'xe+may|nguoi+dan+ong|thang|nguoi+la|la+mat', 'doa', 'pha', 'dap', 'goi|go|dap ... lien+tuc|manh', 'treo|leo', 'vang',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('pestering', PESTER, PESTER_BUT)],
  },
  {
    id: 'danger.burning', kind: 'danger', why: 'burned or scalded: acid, boiling water, a cigarette or an iron on the skin',
    patterns: [
      '~tat|hat|doi|tuoi|do|nem nuoc+soi|nuoc+nong|dau+soi|dau+nong|chao+dau|canh+nong|xang ... vao|len|vo $BODY|$VICT',
      '~tat|hat|doi nuoc+soi|dau+soi',
      'thuoc+la|dieu+thuoc|tan+thuoc|ban+la|que+han|sat+nung|que+sat ... di|gi|chi|dot|cham|an ... vao|vo|len $BODY|$VICT',
      'di|gi|chi|dot|cham ... thuoc+la|dieu+thuoc|tan+thuoc|ban+la|sat+nung|que+sat ... vao|vo|len $BODY|$VICT',
      'dot|chay tay|toc|nguoi|da $VICT', 'burned|burnt|burns me|her|him', 'boiling water on|at me|her|him',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.starving', kind: 'danger', why: 'starved or kept from food (bỏ đói, không cho ăn)',
    patterns: [
      'bo doi', 'bat|ep $VICT? nhin doi|nhin+an', '!bac+si|y+ta|bs khong cho $VICT? an|uong !keo|banh|vat|do+ngot|kem|mi|ngoai|qua|snack|do+an+vat|truoc|sang|toi|dem',
      'gay tro+xuong|tro+xuong', 'may|ba|hai|nhieu ngay ... chua|khong duoc? an', 'starving me|us|her|him|the+kids', 'starved',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, THIRD_PARTY_SPARE],
  },
  {
    id: 'danger.eviction-night', kind: 'danger',
    why: 'put out of the home at night, in the rain or with small children (đuổi hai mẹ con ra khỏi nhà lúc nửa đêm)',
    patterns: [
      'duoi|tong ... ra+khoi+nha|ra+duong|ra+ngoai|khoi+nha|ra+cong|ra+khoi', 'duoi|tong $VICT ... ra+khoi+nha|ra+duong|ra+ngoai|khoi+nha|ra+cong|ra+khoi',
      'bi duoi|tong ... ra|khoi', 'vut|nem|quang|tong|lieng|quang+het do|do+dac|quan+ao|hanh+ly ... ra duong|ngoai|cong|san', 'keu|bat|bao|hét|quat cut|xeo|bien|ra+khoi ... ngay|di|khoi',
      'kicked|threw|thrown ... out', 'khong co cho|noi nao? de? o|ngu|tru',
    ],
    with: ['$NIGHT', 'con|be|me+con|hai+me+con|so+sinh|con+nho|tuoi', 'mua', 'khong co tien|cho|noi', 'night', 'kids|baby|children'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.forced-marriage', kind: 'danger', why: 'a forced or child marriage with a date, or a girl taken as a bride',
    patterns: [
      'ep|bat|ga $VICT? ... lay+chong|lay+vo|cuoi|lam+vo|lam+dau|ket+hon|ve+nha+trai|ve+lam+vo',
      'ga em|toi|tui|chau|con+gai|no cho', 'ep|bat ga|cuoi|lay+chong|lay+vo', 'bat vo|co+dau', 'forced* to marry|marriage', 'marry me|her off',
    ],
    with: [
      'tuan+nay|tuan+sau|thang+sau|thang+nay|cuoi+thang|thu|mung|ngay|mai|hom+nay|hom+qua|sap|toi+nay|nam+sau|ram', 'tuoi|lop|chua+hoc|dang+hoc', 'khong ai nghe', '1*t',
      'khong muon|khong+duoc+ve|khong+cho|tron|so', 'week|tomorrow|date|years+old',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.trafficking', kind: 'danger', why: 'sold or held across a border, ransom demanded, lured abroad',
    patterns: [
      'ban $VICT? sang|qua|vao trung+quoc|nuoc+ngoai|cong+ty|campuchia|lao|myanmar|bien+gioi|nha+chua|quan',
      'bi ban sang|qua|vao|cho|lam', 'so|doa|sap bi? ban $VICT? sang|qua|di|vao|lam', 'bien+gioi',
      'doi ... trieu|tien+chuoc|tien ... moi? tha', 'tha $VICT ve', 'tien chuoc', 'lua $VICT? sang|qua|ban',
      'trafficked|sold me|held+captive', 'bi? dua|cho|dan|cho+qua sang|qua|vuot ... song|bien+gioi|trung+quoc|campuchia|cam|lao|myanmar',
      'bi giu o|tai|trong ... casino|song+bac|cong+ty|khu|trai', 'bat|ep lam+viec|lam|tiep+khach ... o|tai quan|karaoke|massage|cong+ty|nha+hang|quan+bar', 'o+ben|ben|sang|qua|tai trung+quoc|campuchia|cam|myanmar ... giu|lay+chong|khong+cho+ve|ban',
    ],
    with: [
      'bat|ep|giu|lay|khong+cho|so|ban|lua|thoat|ve+nha|muon+ve|tha|cuu|doi|chuoc|khong+biet|xoa|doi+sim|canh',
      'help|sold|cant|passport', 'khong+duoc ra|ve|lien+lac|di|nghi', 'nha+la', 'khong ai', 'ban+dem', 'casino', 'dien', 'chung+minh|giay+to|ho+chieu',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.papers-taken', kind: 'danger', why: 'papers or passport held by someone else (bị giữ giấy tờ)',
    patterns: [
      'bi|ho|chu|bon+ho|chung+no|$SUBJ giu|thu|lay|tich+thu het|luon|lai|mat? giay+to|ho+chieu|can+cuoc|cmnd|cccd|passport|chung+minh+thu|chung+minh !xe|nha|dat|o+to|xe+may',
      'took|taken|kept|keeps my passport|papers|id',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, THIRD_PARTY_SPARE],
  },
  {
    id: 'danger.sextortion', kind: 'danger', why: 'threats to spread intimate images, or demands to meet alone',
    patterns: [
      'doa tung|dang|phat+tan|gui anh|hinh|clip|video', 'tung|phat+tan anh|hinh|clip|video',
      'anh|hinh|clip|video nong|khoa+than|sex|nude|khong+mac+do !tinh|nay|qua|lam|ruot|ghe|nuc',
      'gui anh|hinh $VICT? khong mac|khoa+than|nong', 'doi ... gap ... mot+minh', 'nudes',
      'leak* my|her ... photos|pictures|video',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  // Cue combinations for danger (issue: the first held-out set): an act named with who does it or where it happens.
  {
    id: 'danger.sex-against-will', kind: 'danger', why: 'sex done to someone who said no, was asleep or drunk, or just now',
    patterns: ['lam+chuyen+do|lam+chuyen+ay|lam+chuyen+kia|quan+he|ngu voi $VICT'],
    with: ['khong muon|dong+y|chiu', 'keu|khoc|van|xin|chong+cu|day+ra', 'ep|bat|cuong', 'say|ngu|thuoc', 'vua'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.child-touched', kind: 'danger', why: 'an adult putting a hand inside a child\'s clothes or undressing a child',
    patterns: [
      'cho|thoc|luon|dut tay vao|vo|trong quan|ao|vay|do+lot|quan+lot', 'coi|thao|tut|lot|keo quan|ao|vay|do|quan+lot $CHILD',
    ],
    with: ['$CHILD_ABUSER', 'xe+om', 'nguoi+la', 'ke|bi+mat|dung+noi|khong+duoc+noi|doa', 'buong|phong'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.kept-back', kind: 'danger', why: 'a teacher or an adult keeping a child back alone',
    patterns: ['$CHILD_ABUSER ... bat|giu|goi|keu $VICT? o+lai'],
    with: ['ve+het', 'mot+minh', 'khong+con+ai|khong+co+ai', 'khong+muon di+hoc|den+truong', 'so', 'dong+cua|khoa+cua'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.dragged-in', kind: 'danger', why: 'pulled into a room, a storeroom or a car, the door locked or fear named',
    patterns: ['keo|loi|loi+keo|bat|dua|ep $VICT|no|tui+nho|tui+no|chung+no? vao|vo|len kho|phong|buong|toilet|nha+ve+sinh|xe|goc|nha+nghi|khach+san|rung|hem|nha|vuon|ruong|lum+cay'],
    with: ['khoa|dong|chot cua', 'khoa lai', 'dang', 'so', 'khong cho', 'om|so|hon|coi|de', 'khong biet di dau', 've khoc|khoc+thet|khoc+hoai'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.hurt-now', kind: 'danger', why: 'bleeding, unconscious or lying still after being hurt',
    patterns: ['chay+mau|bat+tinh|nam+im|ngat+xiu|nam+bat+dong|khong+tho|khong+cu+dong|mau+me'],
    with: ['khong+dam', 'xo|day|danh|dap|dam|chem|te|nga', 'so', 'di+roi', '$SUBJ'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.left-alone-hungry', kind: 'danger', why: 'children left alone without food',
    patterns: ['het gao|com|do+an|tien', 'khong+co+gi an', 'nhin+doi|doi+lam|doi+qua'],
    with: ['o nha mot+minh', 'bo+di|bo+lai', 'khong ve', 'khong+ai|khong+co+ai'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.threat-coming', kind: 'danger', why: 'a threat ("you\'re dead") from someone on the way',
    patterns: ['$VICT chet voi $SUBJ|tao|may', 'khong tha|se+biet+tay $VICT'],
    with: ['ve|den|toi', 'tren+duong', 'dang', 'toi+nay|dem+nay|lat+nua|chut+nua'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.lured-images', kind: 'danger', why: 'tricked or forced to send pictures, then asked to meet',
    patterns: ['lua|du|ep|bat|doa $VICT? ... gui|chup|quay anh|hinh|clip|video'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.fear-now', kind: 'danger', why: 'fear named now, with the person who causes it there, coming, or hiding from them',
    patterns: ['$FEAR'],
    with: [
      '$SUBJ dang|sap|van|con|lai|say|ve|toi|den|o+ngoai|dung+ngoai|dap|chui|la|hét|cam', 'dang|phai chay|tron|nup|an',
      'khong dam ra|ve|len+tieng|tho|noi|mo+cua', 'cuu|help|giup',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.child-sexual-cues', kind: 'danger', why: 'an adult, a child and a sexual touch, an undressing or a secret',
    patterns: ['$CHILD_ABUSER ... $SEX_TOUCH', '$SEX_TOUCH ... $CHILD_ABUSER', 'bat|cho|ep|du $VICT? ... xem phim+nguoi+lon|phim+sex|anh+nong|clip+sex|phim+nong'],
    with: ['$CHILD', 'em', 'chau', 'tuoi', 'lop', 'be'],
    unless: [PAST_SPARE, MEDIA_SPARE, FAMILY_WARMTH_SPARE],
  },
  // Danger families of the second held-out set (issue 8, point 2), each held back when long past or in the news.
  {
    id: 'danger.grabbed-slammed', kind: 'danger', why: 'grabbed by the hair or the head and slammed or dragged (nắm đầu dộng vô cửa)',
    patterns: ['nam|tum|giat|tum+lay|nam+lay dau|toc|co+ao $VICT? ... dong|dap|dam|dap+dau|keo|loi vao|vo|xuong|le', 'nam|tum dau|toc $VICT'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.scalded', kind: 'danger', why: 'boiling water, oil or hot coals poured or pressed on someone',
    patterns: [
      'nuoc+soi|nuoc+nong|dau+soi|dau+nong|kep+than|than+hong|sat+nung ... doi|hat|tat|di|do|chi|dat ... vao|vo|len $BODY|$VICT|nguoi',
      'hat|doi|tat|do noi|ca|xo|ly|am nuoc+soi|nuoc+nong|dau+soi|canh+nong|chao+dau',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.assaulted-euphemism', kind: 'danger', why: 'sexual assault in the words people use for it (giở trò, làm bậy, chuốc say)',
    patterns: ['gio tro|tro+do+ban|tro+bi+oi', 'lam bay $VICT', 'ro+mo|so+mo|mo+mam|ro+ram|sam+so|so+soang|mo+mo|bop+nan|so+nan $VICT|nguoi|nguc|mong|dui|vu|cho|vung', 'chuoc say|ruou|thuoc', 'so|ro|so+mo|so+soang|om|hon nguoi|nguc|mong|dui $VICT'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.bride-price', kind: 'danger', why: 'a marriage arranged for money or a bride price, with a date or against the person\'s will',
    patterns: ['sinh+le|tien+thach+cuoi|xem+mat|nhan+tien|nhan+coc ... cuoi|ruoc|don|lay|ga', 'ruoc|don $VICT ... lam+vo|ve+nha+chong|lay+chong|sang'],
    with: ['tuan+nay|tuan+sau|thang+sau|cuoi+thang|thang+nay|ram|mai|sap|hom', 'khong chiu|muon|quen|biet', 'khong ai nghe', 'so', 'tuoi|lop'],
    unless: [PAST_SPARE],
  },
  {
    id: 'danger.sold-to', kind: 'danger', why: 'sold to someone as a wife or a worker',
    patterns: ['ban $VICT cho|lam+vo|lam+dau|de+lam', 'ban $VICT ... lay+tien|duoc+tien'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.tracked-now', kind: 'danger', why: 'a tracker on the car or phone, and the person turning up now',
    patterns: ['gan|cai|dat|giau dinh+vi|gps|thiet+bi'],
    with: ['dang|toi|den|ngoi|dung|cho ... ngoai|truoc|o', 'di+dau ... cung|deu ... toi|den|theo|biet'],
    unless: [PAST_SPARE],
  },
  {
    id: 'danger.locked-in', kind: 'danger', why: 'locked in a room or a house, the key or the door held',
    patterns: [
      'bi|$VICT|chung+toi bi? khoa|nhot|chot ... trong|lai|o+trong phong|nha|kho|buong|toilet',
      'khoa|dong+dinh|chot ... cua|cua+so|cua+chinh ... roi di|ben+ngoai|lai', 'giu|lay chia+khoa ... khong ra|khong+ra+duoc|khong+cho',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.warned', kind: 'danger', why: 'a threat of punishment to come ("biết tay tao", "dạy cho một bài học")',
    patterns: ['biet+tay tao|tui|ong|ba|anh|may', 'day|cho $VICT? mot? bai+hoc|bai+hoc+nho+doi', 'cho $VICT? biet+the+nao+la'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.cannot-speak', kind: 'danger', why: 'cannot speak because the abuser is right there',
    patterns: ['khong|chang noi|goi ... duoc|the|dam', 'cant talk|speak'],
    with: ['dang|ngay ... canh|ben|o+day|trong+nha|ngoai+cua', 'o canh|ben+canh', 'nghe+thay', 'is here|next|watching'],
  },
  // Danger families of the third held-out set (issue 8, point 2): (a person, in any region's words) + (a harm verb
  // of any region) + (now, or a plea). Regional blows (dộng, táng, xáng, bợp, thụi) fold onto everyday words (đóng,
  // tặng, xăng, bóp, thôi), so they count only aimed at a head or a face, or with a hurt that follows.
  {
    id: 'danger.regional-blow', kind: 'danger', why: 'a blow in regional words (dộng, táng, xáng, bợp, thụi, tẩn) at a head or a body, or a thrown object that hit',
    patterns: [
      'dong|tang|xang|bop|thui|dap|dam|nen|dap+dau|nam|tum dau|mat|dau+em|toc $VICT? vao|vo tuong|cua|ban|san|nen|ghe|cot|kinh|tu',
      'tang|xang|bop|thui|thoi|dong|tan|uynh vao|vo|ngay|trung mat|mom|mang+tai|dau|bung|nguc|ot|gay|mieng|mui',
      'nem|quang|choi|lieng|phang|tac|ban ... trung|vao|vo $BODY|$VICT|mat|mieng|tran',
      'tang|xang|bop|thui|dong|tan $VICT ... cai|phat|bop|tran|may|tat|dap|vao', 'tang|xang|bop|thui|dong|tan bat+tai|bop+tai|dau|mat|mom|tai|gay $VICT?',
    ],
    with: [
      'nga|xiu|choang|chay+mau|mau|te|sung|bam|dau|vang|tim|u|bat+tinh|khoc|ho+mau|gay|trat|nut|rach|u+dau', 'so|chui|say|xin|van|dang|vua|van|cuu|lien+tuc|tui+bui',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('play-or-sport', SPORT), spare('gift', GIFT, GIFT_BUT), spare('massage', ['mat+xa|massage|xoa|bam+huyet|do+nhuc|do+moi|cho+do|nhuc+dau|dau+dau|moi+co|goi+dau'])],
  },
  {
    id: 'danger.threat-of-injury', kind: 'danger', why: 'a threat to put someone in hospital, cripple them or bury them ("cho mày nằm viện", "chuẩn bị mà chôn nhau")',
    patterns: [
      'cho|bat|se|de $VICT|may|mi? nam+vien|nhap+vien|vo+vien|que|tan+phe|tan+tat|liet|mu+mat|gay+chan|gay+tay|an+chao|nam+mot+cho|khong+di+duoc',
      'be|chat|danh+gay|dap+gay gay? chan|tay|co $VICT|may|mi', 'chuan+bi|lo ... ma? chon|hom|quan+tai|ban+tho|hom+cho|khan+tang|chon+nhau',
      'chon song|song+chon $VICT|may|mi|ca', 'dat|mua san? hom|quan+tai cho $VICT|may|mi', 'tan tay|tan+xac|nat+xac|nat+nguoi',
    ],
    with: ['tao|may|mi|bay|chung+may|$SUBJ', 'doa|de+doa|noi|nhan|bao|hua|the', 'toi+nay|dem+nay|chieu+nay|sap|lat+nua|ve|qua|toi|den'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('kidding', ['dua|gion|haha|hihi|kk|lol|game|phim|truyen'], ['dang|that|so|cuu'])],
  },
  {
    id: 'danger.found-and-watched', kind: 'danger', why: 'found wherever they hide, or told "I can see you" by the person they fear',
    patterns: [
      'o+dau|di+dau|chuyen+di+dau|tron+dau|tron+o+dau ... cung|deu ... bi? $SUBJ? tim+ra|tim+duoc|tim+thay|biet|theo|mo+ra|lan+ra|den',
      'tao|tui|anh|ong biet|thay|dang+thay|dang+nhin|nhin+thay may|mi|em|con ... roi|o+dau|dang|mac|ao|quan|dung+khong',
      'i can see you', 'i know where you are|live',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('hide-and-seek', ['tron+tim|u+tim|bit+mat|choi|game|camera+hanh+trinh|livestream|video+call'])],
  },
  {
    id: 'danger.entering-room-at-night', kind: 'danger', why: 'an adult coming into a child\'s or a woman\'s room at night, or forcing the door, with fear, drink or no one else home',
    patterns: [
      'dem+nao|toi+nao|moi+dem|moi+toi|nua+dem|ban+dem|dem+khuya|dem|khuya ... mo|lan|vao|vo|chui|sang|qua|lan+vao ... phong|buong|giuong|cho+ngu',
      'mo|lan|vao|vo|chui|leo|len|treo|doi+vao|doi+vo|xong+vao|pha+cua|dap+cua ... phong|buong|giuong $VICT|em+gai|tui+em|con|chau|toi|em',
      'coming|comes|came|sneaks|keeps+coming into my|our room|bed',
    ],
    with: [
      'so|khoc|say|chan+cua|chot+cua|khoa+cua|mo|rinh|len|me+di|me+vang|me+di+lam|khong+co+ai|mot+minh|om|so|ro|nam+canh|nam+cung|tat+den|khong+biet+goi+ai|14t|13t|12t|tuoi|lop',
      'night|mom|alone|scared|years|im+1*',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('care', ['kiem+tra+bai|dap+chan|dap+men|tat+den+cho|don+phong|lay+do|goi+day|an+com|hoc+bai|ke+chuyen|ru+ngu|cho+bu|thay+ta'], ['so|khoc|say|om|so|ro|chan+cua|khoa+cua'])],
  },
  {
    id: 'danger.barricaded-or-hiding', kind: 'danger', why: 'holding a door shut against someone, or hiding in a bathroom while they wait outside',
    patterns: [
      'chan|chot|khoa|giu|chen|chong|ti cua|cua+phong ... bang|lai|roi|chat', 'dang? trong|o+trong|nup+trong|tron+trong|o phong+tam|nha+ve+sinh|toilet|wc|phong+tam',
    ],
    with: ['doi vao|vo', 'doi+vao|doi+vo|dap+cua|pha+cua|go+cua|xo+cua|dap|pha', 'say', '$SUBJ o|dung|dang|dung+cho|ngoi ngoai|ben+ngoai|truoc', 'so|run|cuu'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('wind-or-pet', ['gio|bao|meo|cho|chuot|ran|muoi|lanh|ret|tre+con+choi'], ['$SUBJ|say|doi+vao|doi+vo|so'])],
  },
  {
    id: 'danger.taken-away', kind: 'danger', why: 'being taken somewhere unknown now, sending a location, or driven to a guesthouse',
    patterns: [
      'dang? bi bat|dua|cho|keo|loi|tom di', 'khong|chang biet dang? bi? dua|cho|dan|bat ... di+dau|den+dau|o+dau',
      'vi+tri|dinh+vi|location $VICT? gui|share|chia+se|ghim', 'cho|chở|dua|keo|loi $VICT? vao|vo|toi|den|len nha+nghi|khach+san|rung|nghia+dia|hem|cho+vang',
    ],
    with: ['dang', 'gio', 'het+pin|sap+het', 'so', 'khong+biet', 'o+ngoai', 'cuu', 'bi'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('travel', ['du+lich|tour|dat+phong|check+in|booking|gia+phong|review|di+choi|cong+tac|hop|dam+cuoi'], ['so|cuu|ep|khong+muon|khoa'])],
  },
  {
    id: 'danger.tied-thrown', kind: 'danger', why: 'tied to furniture or a post, or an object thrown that hit someone',
    patterns: ['treo|troi|cot $VICT len|nguoc|lo+lung|xa+nha|cay', 'troi|xich|buoc|cot tay|chan|nguoi? $VICT? vao|vo|lai|o chan|cot|ghe|ban|giuong|cay|cua', 'troi|xich|buoc $VICT vao|vo|lai'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('objects', ['goi+hang|hang|thung|do+dac|xe|cay+canh|cho|meo|bo|trau|ga|heo|day+phoi|dinh|ruy+bang|tui'], ['$VICT|khoc|so|dau|cuu'])],
  },
  {
    id: 'danger.forced-abortion-or-drug', kind: 'danger', why: 'forced to take abortion pills or an unknown drug',
    patterns: ['ep|bat|cuong+ep|doa|lua ... $VICT? ... uong|tiem|pha|bo|hut|choi|dung|chich|hit ... thuoc+pha+thai|pha+thai|pha+bo|bo+thai|pha+cai+thai|thuoc+la|chat+la|ma+tuy|thuoc+lac|ke'],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.held-abroad', kind: 'danger', why: 'lured to work abroad or in a bar, papers withheld, forced to serve clients or to scam',
    patterns: [
      'khong|chua|chang tra|dua|cho|tra+lai ... giay+to|ho+chieu|passport|can+cuoc|cccd|cmnd',
      'ep|bat|buoc $VICT? tiep+khach|ban+dam|di+khach|lam+gai|ngoi+quan|ban+than|lam+tiep+vien', 'ep|bat|buoc lam|di lua+dao|scam|chat+lua|lua+tien|danh+bac+online',
      'du|lua|ru|loi+keo|nguoi+quen ... di|sang|qua ... lam|lam+viec ... lao|campuchia|cam|myanmar|trung+quoc|dai+loan|malaysia|thai+lan|nuoc+ngoai|ben+kia',
      'cong+ty|khu|dac+khu|casino ... lua+dao|scam|online|danh+bac ... giu|nhot|ban|danh|dien|khong+cho|phat|chuoc',
      'bi? giu|nhot|ban|ban+lai ... vao|o|tai|cho cong+ty|khu|casino|song+bac ... lua+dao|scam|online|ben|o',
    ],
    with: [
      'giu|khong+cho|ep|bat|lua|tien+chuoc|chuoc|khong+tra|danh|dien|canh|nha+la|thoat|cuu|ve+nha|muon+ve|ban|tiep+khach|ho+chieu|giay+to',
      'lao|campuchia|cam|myanmar|trung+quoc|nuoc+ngoai|karaoke|quan|bar',
    ],
    unless: [PAST_SPARE, MEDIA_SPARE],
  },
  {
    id: 'danger.bride-collected', kind: 'danger', why: 'the groom\'s family coming to take a girl, money already taken, with a date or her age',
    patterns: ['nha+trai|nha+chong|ben+trai|ho ... ruoc|don|cuoi|hoi|dan+cuoi|an+hoi|bat $VICT?', 'ruoc|don|bat|dan $VICT ve|di ... lam+vo|lam+dau|nha+trai|nha+chong', 'toi|den|sang|qua ruoc|don|cuoi $VICT'],
    with: ['nhan+tien|nhan+coc|nhan+sinh+le|sinh+le|tien+thach+cuoi|lay+tien|ban', 'lop|tuoi|dang+hoc|chua+du|con+nho|em+moi', 'moi 1*', 'khong muon|chiu'],
    unless: [PAST_SPARE],
  },
  {
    id: 'danger.gang-waiting', kind: 'danger', why: 'a group waiting at the gate or the road to beat someone after school or tonight',
    patterns: [
      'la|thi|roi|se|se+bi|chuan+bi|doi|doa ... xu|thit|xu+dep|xu+ly|tan|uynh|danh+hoi+dong|hoi+dong|dap|danh|chem $VICT',
      'chan|rinh|doi|cho|phuc ... cong|duong|hem|ngo|cua|truong ... xu|danh|dap|uynh|tan|chem|hoi+dong',
    ],
    with: ['tan+hoc|tan+ca|toi+nay|chieu+nay|lat+nua|con ... phut|p|tieng|chut', 'may+dua|ca+dam|bon|tui+no|chung+no|lop+tren|dan+anh|giang+ho|dong+bon', 'so|cuu'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('play-or-sport', SPORT)],
  },
  {
    id: 'danger.sextortion-demand', kind: 'danger', why: 'intimate pictures to be posted or sent unless the person meets, pays or comes back',
    patterns: [
      'dang|tung|phat+tan|gui|post|up|chia+se ... anh|hinh|clip|video ... nhay+cam|nong|rieng+tu|khoa+than|sex|nude|khong+mac|tuoi|do+do',
      'khong|ko gap|tra|gui|chuyen|quay+lai|ra ... thi|la ... gui|dang|tung|phat+tan|post ... anh|hinh|clip|video',
      'doi|bat|ep ... gap|ra+nha+nghi|qua+dem|ngu ... khong ... thi|la ... gui|dang|tung|phat+tan',
      'gui|dang|tung clip|anh|hinh|video ... cho|len ba+me|bo+me|gia+dinh|chong|vo|mang|facebook|truong|cong+ty',
    ],
    with: ['doa|neu|khong|ko|thi|doi|bat|ep', 'nha+nghi|khach+san|gap|tien|chuyen+khoan'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('everyday-photo', ['anh+the|anh+chan+dung|giay+khai+sinh|ho+so|cmnd|cccd|anh+cuoi|anh+gia+dinh|hoc+ba|bang+diem|hoa+don|bai+tap'])],
  },
  {
    id: 'danger.child-private-parts', kind: 'danger', why: 'an adult close to a child and a private part, an undressing, bathing together or adult videos',
    patterns: [
      'cho+kin|cho+do|cho+di+te|cho+di+tieu|vung+kin|cho+nhay+cam|vung+nhay+cam|bo+phan+sinh+duc|vung+duoi|quan+lot|do+lot',
      'dung+cham|tam+chung|tam+cung|ngu+chung', 'xem|coi ... video|phim|clip|anh ... nguoi+lon|sex|nong|khieu+dam|do+do',
      'quan+ao|quan|vay ... rach|bi+xe|bi+tut', 'thom|hon|liem|mut|so|ro ... cho|vung|nguc|mieng', 'lam theo',
    ],
    with: ['$CHILD_ABUSER', 'anh+re|anh+ho|bo+duong|ba+duong|cau|duong|thay|chu|bac|ong|hang+xom'],
    unless: [PAST_SPARE, MEDIA_SPARE, spare('care', ['tam cho|tam+rua|thay ta|thay bim|bac+si|kham|rua|ve+sinh cho|boi+thuoc|boi+kem|ngua|ham|viem|nhiem+trung|di+tieu+buot|mua|giat|phoi|cua+hang|shop|size'], ['so|dau|khoc|bi+mat|dung+noi|khong+dam|om|so|ro|thom|hon'])],
  },
  {
    id: 'selfharm.thanks-and-farewell', kind: 'selfharm', why: 'thanks for having been there, and from now on "take care of yourself" or a goodbye',
    patterns: ['cam+on ... da|vi+da ... o+ben|la+ban|yeu|thuong|quan+tam|ben+canh|dong+hanh'],
    with: ['tu+gio|tu+nay|tu+mai|sau+nay ... tu lo|tu+cham|song+tot|manh+me|giu+gin', 'tam+biet|vinh+biet|kiep+sau|lan+cuoi'],
    unless: [spare('moving-on', ['chuyen+truong|chuyen+nha|chuyen+cong+tac|du+hoc|nghi+viec|ra+truong|tot+nghiep|chuyen+lop|ve+que|xuat+canh|sang+nam|hen+gap|gap+lai'])],
  },
];

/** In the order they are tried: self-harm first. */
export const RISK_RULES: readonly RiskRule[] = [...SELFHARM_RULES, ...DANGER_RULES];

/**
 * Signs of a harmless reading for the model (risk-model.ts), which reads words, not their order: where one is there
 * and no rule flagged the message, the model must be as sure as after a spared rule. "không muốn sống với chồng nữa"
 * is about living apart, "kết thúc cuộc sống hôn nhân" about a divorce, "uống thuốc đau đầu" about a headache.
 */
export const MODEL_DOUBTS: readonly Spare[] = [
  spare('living-apart', ['song|o voi|chung|cung|gan|o+chung|chung+nha|cung+nha|chung+voi|cung+voi']),
  spare('ending-a-relationship', ['ket+thuc|cham+dut ... hon+nhan|moi+quan+he|cuoc+tinh|hop+dong|tinh+cam', 'ly+hon|ly+di']),
  spare('medicine-for-an-ailment', ['thuoc ... dau+dau|cam|cam+cum|ho|sot|ha+sot|da+day|dau+bung|dau+rang|dau+lung|huyet+ap|tieu+duong|di+ung|vitamin|bo|bo+sung|tranh+thai']),
];

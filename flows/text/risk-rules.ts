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
}

export const SELFHARM_RULES: readonly RiskRule[] = [
  {
    id: 'selfharm.suicide', kind: 'selfharm', why: 'names suicide (tự tử, tự sát) or killing oneself',
    patterns: [
      'tu tu', 'tu sat', 'tu ket+lieu', 'ket+lieu ban+than|doi+minh|cuoc+doi|minh', 'suicid*',
      'kil* myself|my+self',
    ],
  },
  {
    id: 'selfharm.wish-to-die', kind: 'selfharm', why: 'says the writer wants to die',
    patterns: [
      '!may muon|thich|uoc|dinh chet', 'tha|uoc+gi chet', 'chet quach', 'chet di? cho xong|roi',
      'want+to|wanna|wish+to|wish+i+could|ready+to die', 'wish i was|were dead', 'better off dead',
    ],
  },
  {
    id: 'selfharm.no-will-to-live', kind: 'selfharm', why: 'says life is not worth living',
    patterns: [
      'khong|chang|het con? muon|thiet|thich song !voi|chung|cung|o|tai|gan|ben',
      'chan song', 'song lam+gi|de+lam+gi', 'song khong noi', 'khong song noi', 'khong muon ton+tai',
      'muon bien+mat', 'bien+mat khoi cuoc+doi|the+gioi|the+gian|cuoc+song|tran+gian',
      'dont|do+not want to live|be+alive|exist', 'no reason to live', 'cant go on',
    ],
  },
  {
    id: 'selfharm.poison', kind: 'selfharm', why: 'took or means to take sleeping pills or poison',
    patterns: [
      'uong|nuot|mua|gom|tich ... thuoc ngu|chuot|tru+sau|sau|diet+co|doc|diet+chuot',
      'uong|nuot het|ca|nhieu ... lo|vi|hop|vien thuoc', 'qua lieu', 'overdos*', 'took|swallowed ... pills',
    ],
  },
  {
    id: 'selfharm.cutting', kind: 'selfharm', why: 'cutting (cắt tay, rạch tay) or hurting oneself',
    patterns: [
      'cat|rach co? tay|mach', 'cut|cuting|cuts myself|my+wrist*', 'self harm*', 'selfharm*',
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
    ],
  },
];

export const DANGER_RULES: readonly RiskRule[] = [
  {
    id: 'danger.cry-for-help', kind: 'danger', why: 'cries for help: cứu, help, SOS',
    patterns: ['cuu', '!legal|self help !center|desk|line|page|wanted|ful', 'sos', 'save me|us'],
  },
  {
    id: 'danger.threat-to-kill', kind: 'danger', why: 'killing or a threat to kill',
    patterns: [
      'giet', 'may muon chet', 'kil* !time|it', 'murder*',
      'doa|de+doa|doi ... $HARM', 'danh|dap|bop chet',
    ],
  },
  {
    id: 'danger.weapon', kind: 'danger', why: 'a weapon taken up or pointed (knife, gun, acid, petrol)',
    patterns: [
      '$WIELD ... $WEAPON', '$SUBJ co dao|sung', 'dao|sung|bua dam|chem|doa|ke|chia|vao',
      'axit|acid', 'tat|hat|tuoi|do xang', 'dot nha|$VICT',
      'knife|knives|gun|guns|weapon|machete !set|block|sharpener|skill*|rack|law*|control',
    ],
  },
  {
    id: 'danger.strangling', kind: 'danger', why: 'choking or strangling (bóp cổ, siết cổ)',
    patterns: ['bop|siet|xiet|boc co', 'chok*', 'strangl*', 'throat'],
  },
  {
    id: 'danger.hitting', kind: 'danger', why: 'someone is hitting, kicking, stabbing or beating a person',
    patterns: [
      '$SUBJ ... $HIT', '$HIT $VICT', 'bi|dang|doa|duoi $HIT', '$HIT nhau|chet', 'dam|chem|tat',
      'da vao $BODY', 'da $VICT', 'dap pha|do|cua', 'nem|quang do|ly|chen|bat|ghe|coc',
      'hit|hiting|hits|beat|beating|beats|punch*|kick*|slap*|hurt|hurting|hurts|atack*|stab* $EN_OBJ',
      'beating|beaten|stabbed|atacked|asaulted',
      'push*|shov*|grab*|drag*|threw|throw* $EN_OBJ',
      'xo|day $VICT? nga|xuong', '$SUBJ xo $VICT', 'tum|nam|giat|keo toc', 'keo le',
    ],
  },
  {
    id: 'danger.sexual-violence', kind: 'danger', why: 'rape or forced sex (hiếp, cưỡng hiếp, ép quan hệ)',
    patterns: [
      'hiep', 'cuong buc', 'xam hai', 'ep|bat|cuong+ep $VICT? phai? quan+he|lam+chuyen+do|lam+chuyen+ay|ngu+voi|lam+tinh',
      'rape*|raping|rapist*', 'sexual* asault*|abus*', 'molest*', 'forced me|himself',
    ],
  },
  {
    id: 'danger.confinement', kind: 'danger', why: 'locked in or not allowed to leave (nhốt)',
    patterns: [
      'nhot', 'khoa cua nhot', 'locked|locks|lock me|us|the+door|in', 'trapped',
      'wont|doesnt|dont|will+not|does+not let me leave|go|out', 'cant get out',
    ],
  },
  {
    id: 'danger.kidnapping', kind: 'danger', why: 'kidnapping (bắt cóc)',
    patterns: ['bat coc', 'kidnap*', 'abduct*'],
  },
  {
    id: 'danger.pursuit', kind: 'danger', why: 'being chased or hiding from someone (đang đuổi, trốn)',
    patterns: [
      'dang duoi', 'duoi theo|$HARM', 'dang|chay|phai tron', 'tron trong|khoi',
      'chasing|chased|following|stalking me',
    ],
  },
  {
    id: 'danger.fear-of-return', kind: 'danger', why: 'afraid because the abuser is coming back (sợ lắm nó về)',
    patterns: [
      'so ... $SUBJ sap|dang|lai|se? ve|den|quay+lai|quay+ve',
      'afraid|scared|terified ... come|coming|comes back|home',
    ],
  },
  {
    id: 'danger.in-danger', kind: 'danger', why: 'says they are in danger, or asks for the police',
    patterns: [
      'nguy+hiem', 'khan+cap', 'khong an+toan', 'in danger', 'emergency', 'not safe', 'unsafe',
      'goi|bao|call cong+an|canh+sat|113|police|cops|911', 'call the police|cops',
    ],
  },
];

/** In the order they are tried: self-harm first. */
export const RISK_RULES: readonly RiskRule[] = [...SELFHARM_RULES, ...DANGER_RULES];

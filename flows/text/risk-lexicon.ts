// Word lists shared by the risk rules and the homograph table, in folded, teencode-expanded form.
// Drafted from domain.md §5 ("risk lexicon seed", not sourced) and widened with the words of the North, Centre and
// South (ổng, bả, hắn/hấn, tau, mi, tía, má, dượng; quánh, oánh, uýnh, nện, tẩn, phang, quất, vụt, đục), from
// dialect word lists (canthopho.vn, mientayduky.com, nghengu.vn) and the 111 hotline's case summaries: counsellors
// must validate and extend them. A word that folds onto an everyday word (nện/nên, quất/quạt) is also in
// homographs.ts, so it counts only where its marks or its neighbours say so.
import { defineLexicon } from './pattern.js';

export const RISK_LEXICON = defineLexicon({
  /** Who does the harm: partners, family, "he/she/they" in the registers people use (ổng, bả, hắn, tía, má). */
  SUBJ: [
    'chong', 'vo', 'ong xa', 'ba xa', 'nguoi yeu', 'ban trai', 'ban gai', 'chong cu', 'vo cu', 'nguoi yeu cu',
    'bo', 'me', 'cha', 'ba', 'bo duong', 'cha duong', 'me ke', 'me chong', 'bo chong', 'anh chong',
    'no', 'han', 'anh ta', 'anh ay', 'ong ta', 'ong ay', 'ba ta', 'co ta', 'chi ta', 'thang', 'thang do',
    'chung no', 'bon no', 'bon ho', 'ho', 'nguoi ta', 'ke', 'ong', 'anh', 'chu', 'bac', 'cau', 'sep',
    ...['tia', 'ma', 'ma no', 'tia no', 'duong', 'ong duong', 'di ghe', 'me ghe', 'thang cha', 'thang cha do', 'con me',
      'mu', 'mu do', 'anh trai', 'anh ho', 'chu ho', 'ong noi', 'ong ngoai', 'thay', 'thay giao', 'co giao',
      'hang xom', 'chu nha', 'chu hang xom', 'bao ve', 'tui no', 'may thang', 'chong em', 'chong toi'],
  ],
  /** Who is harmed, as the person writing names themselves or their family (tui, tau in the Centre, con nhỏ). */
  VICT: [
    'toi', 'em', 'con', 'me', 'chi', 'tao', 'minh', 'be', 'chau', 'anh', 'vo', 'co', 'ba', 'ca nha', 'chung toi',
    'chung em', 'me con', 'hai me con', 'con toi', 'con em',
    ...['tau', 'tui', 'bon tui', 'con nho', 'thang nho', 'con be', 'thang be', 'dua be', 'dua nho', 'dua tre',
      'con gai', 'con trai', 'me em', 'me toi', 'em gai', 'ba me con', 'me con toi', 'me con em', 'ba me con toi'],
  ],
  BODY: [
    'bung', 'nguoi', 'mat', 'dau', 'lung', 'nguc', 'hang', 'chan', 'tay', 'mong', 'suon', 'co', 'ma', 'tim',
    'tai', 'mieng', 'vai', 'dui', 'ot',
  ],
  /** Verbs of hitting once homographs are settled (đánh, đập/đạp, đâm/đấm, chém, tát; quánh, oánh, nện, tẩn …). */
  HIT: [
    'danh', 'dap', 'dam', 'chem', 'tat', 'hanh hung', 'bao hanh', 'hanh ha', 'danh dap', 'dap pha',
    ...['quanh', 'oanh', 'uynh', 'nen', 'phang', 'quat', 'vut', 'duc', 'thoi', 'bop tai', 'dan cho', 'xu dep',
      'giang don', 'dam da', 'tra tan', 'nguoc dai', 'quynh', 'chui dap', 'bup'],
  ],
  WEAPON: [
    'dao', 'sung', 'bua', 'keo', 'gay', 'rieu', 'axit', 'xang', 'dao phay', 'dao gam', 'kiem', 'ma tau', 'cay',
    ...['dao bau', 'dao thai', 'dao lam', 'dao nhon', 'dao yem', 'luoi lam', 'thanh sat', 'gay sat', 'ong tuyp',
      'tuyp sat', 'xa beng', 'liem', 'xeng', 'day dien', 'day lung', 'that lung', 'roi may', 'cay roi',
      'vo chai', 'manh chai', 'binh gas', 'luu dan', 'thuoc no', 'kim tiem', 'sung hoi', 'sung dien', 'dui cui',
      'cay go', 'thanh go', 'riu', 'dao chat', 'gay bong chay'],
  ],
  /** Verbs of taking up or pointing a weapon: cầm, lấy, rút, vung, kề, chĩa, giữ, mang, dí, mài. */
  WIELD: ['cam', 'lay', 'rut', 'vung', 'ke', 'chia', 'giu', 'mang', 'di', 'cam theo', 'cam san', 'xach', 'vac'],
  /** What a threat or a chase ends in. */
  HARM: ['giet', 'danh', 'chem', 'dam', 'dot', 'tat axit', 'hat axit', 'dap', 'bop co', 'xu', 'thit', 'lay mang', 'tra thu'],
  /** English objects of a violent verb. */
  EN_OBJ: ['me', 'us', 'my', 'her', 'him', 'mom', 'mum', 'mother', 'kids', 'children', 'baby', 'sister'],
  /** Those who abuse children in the 111 hotline's case summaries: step-parents, relatives, teachers, neighbours. */
  CHILD_ABUSER: [
    'cha ghe', 'bo ghe', 'cha ke', 'bo ke', 'duong', 'bo duong', 'cha duong', 'ong duong', 'me ke', 'di ghe', 'me ghe', 'chu', 'bac', 'cau', 'chu ho',
    'anh ho', 'ong noi', 'ong ngoai', 'thay', 'thay giao', 'thay day', 'thay chu nhiem', 'co giao', 'hang xom',
    'chu hang xom', 'ong hang xom', 'bao ve', 'chu bao ve', 'anh trai', 'ban cua bo', 'ban cua anh', 'ong ta', 'han',
    'no', 'ke la', 'nguoi la', 'anh ta', 'thang do', 'ong', 'stepdad', 'stepfather', 'uncle', 'teacher', 'cousin',
  ],
  /** Private parts and the body as the 111 summaries and children name them. */
  PRIVATE: [
    'cho kin', 'vung kin', 'nguc', 'vu', 'mong', 'dui', 'ha bo', 'bo phan sinh duc', 'vung duoi', 'cho di tieu',
    'cho do', 'cho nhay cam', 'vung nhay cam', 'quan lot', 'do lot',
  ],
  /** The person writing, in every register (tui and mk are expanded by teencode.ts). */
  ME: ['toi', 'em', 'minh', 'tao', 'tau', 'con', 'chau', 'i'],
  /** Words of death and ending that, with the writer as subject, say they mean to die. */
  DEATH: ['chet', 'tu tu', 'tu sat', 'ra di', 'bien mat', 'ket thuc', 'di luon', 'khong tinh lai', 'ngu mai', 'nhay cau', 'nhay lau', 'die', 'dead', 'gone'],
  /** Children as parents and children name them, so a touch or an undressing rule knows a child is there. */
  CHILD: ['con', 'be', 'chau', 'con nho', 'con be', 'thang be', 'dua be', 'con gai', 'con trai', 'no', 'em be', 'tuoi', 'lop', 'hoc sinh'],
  /** Death and ending, the first family of self-harm cues ("chết" after a blow or a fear is masked by the rules). */
  DEATH_CUE: [
    'chet', 'tu tu', 'tu sat', 'ket thuc', 'bien mat', 'ra di', 'di luon', 'ngu mai', 'ngu luon', 'khong tinh lai',
    'khong thuc day', 'nhay cau', 'nhay lau', 'nhay song', 'uong thuoc', 'thuoc ngu', 'thuoc chuot', 'thuoc sau',
    'day thung', 'treo co', 'rach tay', 'cat tay', 'giai thoat', 'khong song', 'song nua', 'kiep sau', 'het kiep',
    'khong con nua', 'khong muon song', 'die', 'dying', 'dead', 'end it', 'disappear', 'kill myself',
  ],
  /** Burden and hopelessness, the second family. */
  HOPELESS_CUE: [
    'ganh nang', 'khong ai can', 'vo dung', 'vo tich su', 'met moi qua', 'met moi lam', 'met lam roi', 'met qua roi',
    'kiet suc', 'khong chiu noi', 'het chiu noi', 'chiu het noi', 'tuyet vong', 'be tac', 'khong loi thoat', 'het cach',
    'het duong', 'khong con hy vong', 'khong con hi vong', 'vo vong', 'khong ai hieu', 'chan doi', 'chan song',
    'chan lam roi', 'that bai', 'khong con ai', 'mot minh mai', 'khong ai thuong', 'khong dang song', 'dau kho qua',
    'khong tha thu cho ban than', 'toi loi', 'lam lien luy', 'no nan', 'burden', 'hopeless', 'worthless', 'useless',
    'khong chiu duoc nua', 'khong con suc', 'song met', 'met vl', 'met vai', 'khong tru noi', 'khong tru duoc', 'hong ai thuong',
    'chang ai thuong', 'khong ai hieu', 'kho qua', 'bat luc', 'nang ne qua', 'tram cam', 'khong ai nghe', 'het suc roi', 'vo nghia', 'song thua', 'chang ai can', 'exhausted', 'cant take it', 'cant do this', 'no way out', 'nobody cares', 'alone',
  ],
  /** Goodbye and legacy, the third family. */
  GOODBYE_CUE: [
    'vinh biet', 'tam biet', 'xin loi', 'nho lo', 'lo cho con', 'cham soc con', 'cham soc me', 'gui lai', 'de lai',
    'thu de lai', 'cho het', 'lo cho cac con', 'nuoi con giup', 'cham soc cac con', 'di day', 'cam on vi tat ca', 'loi chao cuoi', 'tha thu', 'yeu moi nguoi', 'cam on tat ca', 'cam on moi nguoi', 'lan cuoi', 'cuoi cung',
    'dung buon', 'dung khoc', 'dung tim', 'song tot nhe', 'goodbye', 'sorry', 'forgive', 'take care of', 'last',
  ],
  /** Fear named now, the cue that turns a person's presence into danger. */
  FEAR: [
    'so qua', 'so lam', 'so that', 'run qua', 'run lam', 'run cam cap', 'hoang qua', 'hoang so', 'kinh hoang',
    'so chet', 'so run', 'dang run', 'scared', 'terrified', 'afraid', 'so hai qua',
  ],
  /** A sexual touch, an undressing or a secret, as children and parents tell it. */
  SEX_TOUCH: [
    'so vao', 'so nguoi', 'so soang', 'so mo', 'so cho', 'ro', 'ro rẫm', 'mo mam', 'nan', 'coi quan', 'coi ao', 'coi do',
    'thao quan', 'tut quan', 'keo quan', 'hon moi', 'hon vao', 'liem', 'cho xem phim', 'bat xem', 'xem phim nguoi lon',
    'xem phim sex', 'chup anh', 'quay clip', 'nam de', 'de len', 'bi mat', 'dung noi', 'khong duoc noi', 'cam noi',
    'ngam cai do', 'ngam cho do', 'mut', 'cho xem cai do', 'tam cung', 'ngu chung', 'ngu cung', 'ngoi vao long', 'ngoi len long', 'ngoi len dui', 'ngoi vao dui', 'chuyen nguoi lon', 'cho tay', 'cham vao',
  ],
  /** Time cues that make a threat or an eviction now: tonight, at midnight, this week, on the 10th. */
  NIGHT: ['dem', 'nua dem', 'giua dem', 'khuya', 'dem nay', 'toi nay', 'dem khuya', 'ban dem', 'sang som', 'gio dem'],
});

// Word lists shared by the risk rules and the homograph table, in folded, teencode-expanded form.
// Drafted from domain.md §5 ("risk lexicon seed", not sourced): counsellors must validate and extend them.
import { defineLexicon } from './pattern.js';

export const RISK_LEXICON = defineLexicon({
  /** Who does the harm: partners, family, "he/she/they" in the registers people use. */
  SUBJ: [
    'chong', 'vo', 'ong xa', 'ba xa', 'nguoi yeu', 'ban trai', 'ban gai', 'chong cu', 'vo cu', 'nguoi yeu cu',
    'bo', 'me', 'cha', 'ba', 'bo duong', 'cha duong', 'me ke', 'me chong', 'bo chong', 'anh chong',
    'no', 'han', 'anh ta', 'anh ay', 'ong ta', 'ong ay', 'ba ta', 'co ta', 'chi ta', 'thang', 'thang do',
    'chung no', 'bon no', 'bon ho', 'ho', 'nguoi ta', 'ke', 'ong', 'anh', 'chu', 'bac', 'cau', 'sep',
  ],
  /** Who is harmed, as the person writing names themselves or their family. */
  VICT: [
    'toi', 'em', 'con', 'me', 'chi', 'tao', 'minh', 'be', 'chau', 'anh', 'vo', 'co', 'ba', 'ca nha', 'chung toi',
    'chung em', 'me con', 'hai me con', 'con toi', 'con em',
  ],
  BODY: ['bung', 'nguoi', 'mat', 'dau', 'lung', 'nguc', 'hang', 'chan', 'tay', 'mong', 'suon', 'co', 'ma', 'tim'],
  /** Verbs of hitting once homographs are settled (đánh, đập/đạp, đâm/đấm, chém, tát). */
  HIT: ['danh', 'dap', 'dam', 'chem', 'tat', 'hanh hung', 'bao hanh', 'hanh ha', 'danh dap', 'dap pha'],
  WEAPON: [
    'dao', 'sung', 'bua', 'keo', 'gay', 'rieu', 'axit', 'xang', 'dao phay', 'dao gam', 'kiem', 'ma tau', 'cay',
  ],
  /** Verbs of taking up or pointing a weapon: cầm, lấy, rút, vung, kề, chĩa, giữ, mang, dí. */
  WIELD: ['cam', 'lay', 'rut', 'vung', 'ke', 'chia', 'giu', 'mang', 'di', 'cam theo', 'cam san'],
  /** What a threat or a chase ends in. */
  HARM: ['giet', 'danh', 'chem', 'dam', 'dot', 'tat axit', 'hat axit', 'dap', 'bop co'],
  /** English objects of a violent verb. */
  EN_OBJ: ['me', 'us', 'my', 'her', 'him', 'mom', 'mum', 'mother', 'kids', 'children', 'baby', 'sister'],
});

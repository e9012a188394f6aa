// Conversations typed the way people type (numbers, no diacritics, teencode, an old province name), shared by the
// integration tests. The flow-level tests in test/flows/main walk the same answers step by step.

/** From the main menu to a submitted report with a phone call-back plan (phone 0912.345.678, code word "hoa sen"). */
export const FULL_REPORT = ['bao cao bao luc', 'bat dau', 'toi', '1', 'chui boi, lang ma, de doa', '5', 'xong', 'chong hoac vo', 'co',
  'trong 3 ngay qua', 'Bắc Giang', 'xã Tân Yên', 'co, tra loi', 'nu', '26-40 tuoi', 'nam', '41–60 tuổi', 'goi dien cho toi',
  '0912.345.678', 'sau 9h toi', 'chi minh toi dung', 'bo qua', 'hoa sen', 'co, toi dong y', 'khong', 'dung, gui di'];

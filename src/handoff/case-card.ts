// What counsellors see about a case: urgency, age, channel and the structured summary. Never the person's
// Telegram/Zalo identity; a phone number only when they chose to be called back.
import type { Case } from '../db/repositories/index.js';
import type { Translator } from '../core/i18n.js';
import type { Sealer } from '../privacy/sealer.js';
import { contactContext } from '../cases/case-store.js';
import { openDetails } from '../cases/case-details.js';
import { listProvinces } from '../../flows/text/index.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function minutesSince(from: Date, now: Date): number {
  return Math.max(0, Math.round((now.getTime() - from.getTime()) / 60_000));
}

/** Where the flow keeps the label of each answer's value (`<prefix>-<id>` in the translation files). */
const VALUE_LABELS: Record<string, string> = {
  affected: 'affected', kinds: 'kind', relationship: 'rel', ongoing: 'ongoing', lastIncident: 'last',
  victimSex: 'sex', perpSex: 'sex', victimAge: 'age', perpAge: 'age', callback: 'callback', safeHours: 'hours',
  sharedPhone: 'shared', leaveMessage: 'leave', consentReferral: 'consent', consentStatistics: 'consent', risk: 'staff-risk',
};
/** Derived for the reports; the counsellor reads the kinds themselves. */
const NOT_ON_CARD = new Set(['violenceGroups', 'art3', 'provinceTyped']);

function answerLine(i18n: Translator, key: string, value: unknown): string | null {
  if (NOT_ON_CARD.has(key) || value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return null;
  const label = i18n.has('vi', `staff-answer-${key}`) ? i18n.t('vi', `staff-answer-${key}`) : key;
  const show = (v: unknown) => {
    const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (key === 'province') return listProvinces().find((p) => p.code === s)?.name ?? s;
    const labelKey = `${VALUE_LABELS[key] ?? key}-${s}`;
    return i18n.has('vi', labelKey) ? i18n.t('vi', labelKey) : s;
  };
  return `• ${escapeHtml(label)}: ${escapeHtml(Array.isArray(value) ? value.map(show).join(', ') : show(value))}`;
}

/** The case card (HTML). `contact` is shown only when the person agreed to a phone call. */
export function renderCaseCard(i18n: Translator, sealer: Sealer, row: Case, now: Date, relayAllowed: boolean): string {
  const level = row.level ?? 'talk';
  const lines = [
    `<b>${escapeHtml(i18n.t('vi', `staff-level-${level}`))} — ${escapeHtml(i18n.t('vi', 'staff-case'))} ${row.ref}</b>`,
    escapeHtml(i18n.t('vi', 'staff-case-meta', { channel: row.channel, minutes: minutesSince(row.createdAt, now), status: i18n.t('vi', `staff-status-${row.status}`) })),
  ];
  // The typed free text (a commune) is sealed at rest; the counsellors' card opens it.
  const answers = { ...(row.answers as Record<string, unknown>), ...openDetails(sealer, row) };
  const summary = Object.entries(answers).map(([k, v]) => answerLine(i18n, k, v)).filter((l): l is string => l !== null);
  lines.push(summary.length ? summary.join('\n') : escapeHtml(i18n.t('vi', 'staff-no-answers')));
  if (row.contactSealed) {
    const contact = JSON.parse(sealer.open(row.contactSealed, contactContext(row.id))) as Record<string, unknown>;
    if (contact.method === 'phone' && contact.phone) {
      lines.push(escapeHtml(i18n.t('vi', 'staff-callback', {
        phone: String(contact.phone), hours: String(contact.safeHours ?? '—'),
        shared: String(contact.sharedPhone ?? '—'), leaveMessage: String(contact.leaveMessage ?? 'no'), codeWord: String(contact.codeWord ?? '—'),
      })));
    }
  }
  lines.push(escapeHtml(i18n.t('vi', relayAllowed ? 'staff-relay-allowed' : 'staff-relay-not-allowed')));
  return lines.join('\n');
}

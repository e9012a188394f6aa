// The other escalation levels reach the group too, each with its own label: self-harm, and ongoing violence from a
// completed report; and the card shows a phone number only when the person chose to be called back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_REPORT } from '../support/scripts.js';
import { startHarness, type HandoffHarness } from './support/handoff-harness.js';

let h: HandoffHarness;
beforeAll(async () => { h = await startHarness({ forum: true }); });
afterAll(async () => { await h?.close(); });

const t = (key: string) => h.i18n.t('vi', key);

describe('escalation levels and the call-back number on the case card', () => {
  it('escalates self-harm words as self-harm', async () => {
    const person = h.person({ id: 700_800_001 });
    const answer = await person.says('em mệt quá, em không muốn sống nữa');
    expect(answer.text).toMatch(/115/);
    const { row, card } = await h.waitCard(person.id);
    expect(row.level).toBe('selfharm');
    expect(card.text).toContain(t('staff-level-selfharm').replace(/^\S+\s/, ''));
  });

  it('hands a completed report of ongoing violence with a call-back plan to the counsellors, with the phone number', async () => {
    const person = h.person({ id: 700_800_002 });
    await person.command('/start');
    for (const text of FULL_REPORT) await person.says(text);
    const { row, card } = await h.waitCard(person.id);
    expect(row.level).toBe('ongoing');
    // The person chose "call me": the counsellor sees the number, the safe hours and the code word.
    expect(card.text).toContain('0912345678');
    expect(card.text).toContain('hoa sen');
    // …and the answers in words, not ids.
    expect(card.text).toContain('Bắc Ninh');
    expect(card.text).not.toMatch(/\bkinds\b|\bphysical\b/);
  });

  it('shows no phone number for a case whose person did not ask to be called', async () => {
    const person = h.person({ id: 700_800_003 });
    await person.says('cứu tôi, chồng tôi cầm dao');
    const { card } = await h.waitCard(person.id);
    expect(card.text).not.toMatch(/\d{9,}/);
    expect(card.text).not.toContain(t('staff-callback').slice(0, 8));
  });
});

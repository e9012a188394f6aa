// Issue 12, crash semantics: the app runs as its own process (src/main.ts) and is SIGKILLed 20 times while a burst of
// danger conversations comes in through the web chat, each time right after the Telegram stub received the k-th case
// card of the round (k = 1, 2, 3 in turn), and restarted on the same database with the stub still up. Nothing is
// lost; the only cards sent twice are those whose row was in flight (send begun, not marked sent) at a kill, and
// every copy after the first says it may repeat one and rings no one. A claim works from either copy, once.
import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { loadConfig, textGlobals } from '../../src/config.js';
import { loadTranslator } from '../../src/core/i18n.js';
import type { StubCall } from '../support/telegram-stub/index.js';
import { DANGER_TEXT, GROUP_ID, LAN } from './support/handoff-harness.js';
import { crashWorld, startAppProcess, type AppProcess } from './support/app-process.js';
import { readDatabase } from './support/read-database.js';

const KILLS = 20;
const PER_ROUND = 3;
const i18n = loadTranslator(textGlobals(loadConfig({})));
/** The first words of the repeat line, before the case reference. */
const REPEAT = i18n.t('vi', 'staff-card-repeat', { ref: 'TC-' }).split('TC-')[0]!;

const world = crashWorld();

const result = (c: StubCall) => (c.response as { result: Message }).result;
/** A case card that reached the counsellors' group: it carries the claim button, and no line of it is a
 * re-announcement's ("⏰ …", which a slow run's claim deadlines send). */
const isCard = (c: StubCall) => c.method === 'sendMessage' && c.response.ok && Number(c.body.chat_id) === GROUP_ID
  && JSON.stringify(c.body.reply_markup ?? '').includes('h:claim:') && !/^⏰/m.test(String(result(c).text));
const refOf = (c: StubCall) => /TC-[A-Z0-9]{6}/.exec(String(c.body.text))![0];
const refOfSend = (inFlightSend: string) => inFlightSend.split('@')[0]!;
const isRepeat = (c: StubCall) => String(c.body.text).includes(REPEAT);
const silent = (c: StubCall) => c.body.disable_notification === true || c.body.disable_notification === 'true';
const cards = () => world.stub.calls.filter(isCard);

/** The escalation rows whose send began and was never marked sent, as "reference@when the send began": a row
 * still waiting out its lease at the next kill is the same send, one that was sent again and killed again is two. */
const inFlight = async () => (await readDatabase<{ ref: string; since: string }>(world.target, `
  SELECT c."ref", o."sendingSince"::text AS since FROM "Outbox" o JOIN "Case" c ON o."chatKey" = 'case:' || c."id"
  WHERE o."kind" = 'escalation' AND o."status" = 'pending' AND o."sendingSince" IS NOT NULL`)).map((r) => `${r.ref}@${r.since}`);

const postDanger = async (app: AppProcess, sessionId: string): Promise<boolean> => {
  try {
    const res = await fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, text: DANGER_TEXT }) });
    return res.ok;
  } catch {
    return false; // killed before it answered: the conversation may or may not have been committed
  }
};

describe('SIGKILL during a burst of escalations', () => {
  it(`loses no case card in ${KILLS} kills, and repeats only cards in flight at a kill, marked as possible repeats`, async () => {
    const group = world.stub.group({ id: GROUP_ID, title: 'Nhóm tư vấn viên' });
    const lan = group.member(LAN);
    const kills: { k: number; inFlight: string[] }[] = [];
    let answered = 0;
    let posted = 0;

    for (let round = 0; round < KILLS; round++) {
      const since = world.stub.calls.length;
      const app = await startAppProcess(world.stub, world.target, world.children);
      const k = 1 + (round % PER_ROUND);
      let seen = 0;
      // Killed the moment the stub has answered the k-th first card of a case in this round (repeats of earlier
      // rounds' cards may come in between), while that card's answer is on its way and others may be in flight.
      const killed = world.stub.waitFor((c) => isCard(c) && !isRepeat(c) && ++seen >= k, 60_000, { since }).then(() => app.child.kill('SIGKILL'));
      const posts = Array.from({ length: PER_ROUND }, (_, i) => postDanger(app, `crash-burst-${String(round).padStart(2, '0')}-${i}-session`));
      posted += posts.length;
      await killed;
      expect(await app.exited).toBe(null);
      answered += (await Promise.all(posts)).filter(Boolean).length;
      kills.push({ k, inFlight: await inFlight() });
    }

    // Every conversation the app accepted is a case (one killed mid-request may be one too); each case has one row.
    const cases = (await readDatabase<{ ref: string }>(world.target, `SELECT "ref" FROM "Case"`)).map((r) => r.ref);
    expect(cases.length).toBeGreaterThanOrEqual(answered);
    expect(cases.length).toBeLessThanOrEqual(posted);

    // A last process finishes the backlog: every case has its card, every row in flight at the last kill is sent again.
    const since = world.stub.calls.length;
    const last = await startAppProcess(world.stub, world.target, world.children);
    const pending = new Set([...cases.filter((ref) => !cards().some((c) => refOf(c) === ref)), ...kills.at(-1)!.inFlight.map(refOfSend)]);
    while (pending.size) {
      const card = await world.stub.waitFor((c) => isCard(c) && pending.has(refOf(c)), 60_000, { since });
      pending.delete(refOf(card));
    }

    // Claims work from either copy of a repeated card, and only one wins: the later copy first, then the first one.
    const byRef = new Map<string, StubCall[]>();
    for (const c of cards()) byRef.set(refOf(c), [...(byRef.get(refOf(c)) ?? []), c]);
    const repeated = [...byRef.entries()].find(([, copies]) => copies.length > 1);
    expect(repeated, 'a kill right after a card reached the stub leaves that card in flight').toBeDefined();
    const [ref, copies] = repeated!;
    const press = async (copy: StubCall) => {
      const at = world.stub.calls.length;
      const pressed = lan.pressButton(result(copy).message_id, `h:claim:${ref}`);
      return (await world.stub.waitFor((c) => c.method === 'answerCallbackQuery' && c.body.callback_query_id === pressed.callbackQueryId, 30_000, { since: at })).body.text;
    };
    expect(await press(copies.at(-1)!)).toBe(i18n.t('vi', 'staff-claimed-you', { ref }));
    expect(await press(copies[0]!)).toBe(i18n.t('vi', 'staff-already-claimed', { alias: i18n.t('vi', 'staff-default-alias') }));

    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);

    // 0 lost: every case's card reached the group.
    for (const ref of cases) expect(byRef.get(ref)?.length ?? 0, ref).toBeGreaterThanOrEqual(1);
    // Every copy after the first of a case is a repeat: marked, and there are no more of them than sends of its row
    // that were in flight at a kill. A card rings even when repeated (its first send may never have arrived).
    const sendsInFlight = new Set(kills.flatMap((x) => x.inFlight));
    const inFlightOf = (ref: string) => [...sendsInFlight].filter((s) => refOfSend(s) === ref).length;
    let duplicates = 0;
    let repeatsAlone = 0;
    for (const [ref, copies] of byRef) {
      const [first, ...again] = copies;
      if (isRepeat(first!)) repeatsAlone++;
      expect(copies.filter((c) => !isRepeat(c)).length, ref).toBeLessThanOrEqual(1);
      for (const c of copies) expect(silent(c), ref).toBe(false);
      expect(again.length, ref).toBeLessThanOrEqual(inFlightOf(ref));
      duplicates += again.length;
    }
    const inFlightAtKills = sendsInFlight.size;
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKills);

    // Every delivered row's records were written (by its process or by the recovery of the next): one "announced"
    // of the card per case (a slow run's claim deadlines add their own rounds), and no row left half-finished.
    const [left] = await readDatabase<{ unfinished: number; pending: number; announced: number }>(world.target, `
      SELECT (SELECT count(*)::int FROM "Outbox" WHERE "sendingSince" IS NOT NULL) AS unfinished,
             (SELECT count(*)::int FROM "Outbox" WHERE "kind" = 'escalation' AND "status" <> 'delivered') AS pending,
             (SELECT count(*)::int FROM "CaseEvent" WHERE "type" = 'announced' AND "data"->>'round' = '0') AS announced`);
    expect(left).toEqual({ unfinished: 0, pending: 0, announced: cases.length });

    console.log(`crash burst: ${kills.length} kills during ${posted} danger conversations (${answered} answered), ${cases.length} cases, `
      + `0 lost; ${cards().length} cards, ${duplicates} duplicates; ${inFlightAtKills} sends in flight at kills `
      + `(${repeatsAlone} cases whose first send never arrived: their only card is the marked repeat, which rings)`);
  }, 600_000); // 21 starts of the app (tsx) dominate: 2–3 s each on an idle machine, far more on a busy one
});

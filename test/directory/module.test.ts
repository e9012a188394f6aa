import { afterEach, describe, expect, it } from 'vitest';
import { emit, setup } from 'xstate';
import type { FlowEffect, FlowEvent, StateMeta } from '../../flows/contract.js';
import { createRegistry } from '../../flows/registry.js';
import type { InboundMessage } from '../../src/core/messages.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHIPPED_COMMUNES } from '../../src/directory/communes.js';
import { communesPath, directoryModule, importCommunes } from '../../src/directory/module.js';
import { freshDatabase } from '../support/test-db.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A stand-in flow that asks for the directory and the hotlines the way the real flows do: by emitting effects.
const askingFlow = setup({
  types: { context: {} as Record<string, never>, events: {} as FlowEvent, emitted: {} as FlowEffect, meta: {} as StateMeta },
}).createMachine({
  id: 'asking',
  context: {},
  initial: 'waiting',
  states: {
    waiting: {
      meta: { prompt: { key: 'menu-prompt', freeText: true } },
      on: {
        'user.location': { actions: emit(({ event }) => ({ type: 'show.directory' as const, latitude: event.latitude, longitude: event.longitude })) },
        // "#hotlines" → hotlines; "province" or "province|commune" → the directory there.
        'user.text': { actions: emit(({ event }) => {
          if (event.text === '#hotlines') return { type: 'show.hotlines' as const, emergencyOnly: true };
          const [province, commune] = event.text.split('|');
          return { type: 'show.directory' as const, province, ...(commune ? { commune } : {}) };
        }) },
      },
    },
  },
});
const flows = createRegistry([{ id: 'main', version: 1, machine: askingFlow }]);

let running: TestApp | undefined;
afterEach(async () => { await running?.close(); running = undefined; });

const message = (updateId: string, content: InboundMessage['content']): InboundMessage => ({
  channel: 'web', userId: 'directory-user', address: { chatId: 'directory-user' }, updateId, at: new Date(), content,
});

describe('directory module in the app', () => {
  it('answers show.directory and show.hotlines effects emitted by a flow', async () => {
    running = await startTestApp({ flows, modules: [directoryModule] });
    const near = await running.app.core.handle(message('d1', { kind: 'location', latitude: 10.7769, longitude: 106.7009 }));
    expect(near.replies[0]!.message.text).toContain('Nơi hỗ trợ gần vị trí bạn gửi');
    expect(near.replies[0]!.message.text).toContain('[Mẫu] Trung tâm công tác xã hội Phường Sài Gòn');
    const sos = await running.app.core.handle(message('d2', { kind: 'text', text: '#hotlines' }));
    expect(sos.replies[0]!.message.text).toMatch(/^Nếu bạn đang gặp nguy hiểm, hãy gọi ngay:\n\n☎️ 113 /);
    const none = await running.app.core.handle(message('d3', { kind: 'text', text: 'Cà Mau' }));
    expect(none.replies[0]!.message.text).toContain('chưa có nơi hỗ trợ nào ở Cà Mau');
    expect(none.replies[0]!.message.text).toContain('☎️ 113 ');
  });

  it('reads the commune list imported into DATA_DIR and says when a typed commune does not exist', async () => {
    const target = await freshDatabase();
    await importCommunes(SHIPPED_COMMUNES, communesPath(target.env.DATA_DIR!));
    running = await startTestApp({ flows, modules: [directoryModule], target, ownsTarget: true });
    const typo = await running.app.core.handle(message('c1', { kind: 'text', text: 'Hà Nội|Phường Không Có' }));
    expect(typo.replies[0]!.message.text).toContain('Mình không tìm thấy xã, phường “Phường Không Có” ở Hà Nội.');
    const known = await running.app.core.handle(message('c2', { kind: 'text', text: '01|p tay ho' }));
    expect(known.replies[0]!.message.text).toContain('Mình chưa có nơi hỗ trợ nào ở Phường Tây Hồ trong danh bạ. Đây là những nơi khác ở Hà Nội:');
  });

  it('knows every commune out of the box: on a fresh DATA_DIR with no import, it tells a real commune from a typo', async () => {
    running = await startTestApp({ flows, modules: [directoryModule] });
    const typo = await running.app.core.handle(message('f1', { kind: 'text', text: 'Hà Nội|Phường Không Có' }));
    expect(typo.replies[0]!.message.text).toContain('Mình không tìm thấy xã, phường “Phường Không Có” ở Hà Nội.');
    const known = await running.app.core.handle(message('f2', { kind: 'text', text: '01|xa ba vi' }));
    expect(known.replies[0]!.message.text).toContain('Mình chưa có nơi hỗ trợ nào ở Xã Ba Vì trong danh bạ. Đây là những nơi khác ở Hà Nội:');
  });

  it('an admin\'s import replaces the shipped list (a commune added by a correction is known, the others no longer)', async () => {
    const target = await freshDatabase();
    const corrected = join(target.env.DATA_DIR!, 'corrected.json');
    await writeFile(corrected, JSON.stringify([{ Code: '01', Name: 'Hà Nội', Wards: [{ Code: '99999', Name: 'Thử Nghiệm', FullName: 'Phường Thử Nghiệm', AdministrativeUnitShortName: 'Phường' }] }]));
    await importCommunes(corrected, communesPath(target.env.DATA_DIR!));
    running = await startTestApp({ flows, modules: [directoryModule], target, ownsTarget: true });
    const added = await running.app.core.handle(message('i1', { kind: 'text', text: '01|p thu nghiem' }));
    expect(added.replies[0]!.message.text).toContain('Mình chưa có nơi hỗ trợ nào ở Phường Thử Nghiệm trong danh bạ.');
    const gone = await running.app.core.handle(message('i2', { kind: 'text', text: 'Hà Nội|Phường Tây Hồ' }));
    expect(gone.replies[0]!.message.text).toContain('Mình không tìm thấy xã, phường “Phường Tây Hồ” ở Hà Nội.');
  });
});

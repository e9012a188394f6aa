// Effects about the conversation itself: speaking, language, quick exit, relay consent, deleting one's data.
import type { EffectHandlers } from './effects.js';
import { DELETED_CHAT } from './sealing-contexts.js';

export const conversationEffects: EffectHandlers = {
  say(ctx, e) {
    ctx.out.push({ text: ctx.i18n.t(ctx.lang, e.key, e.args) });
  },
  'lang.set'(ctx, e) {
    ctx.lang = e.lang;
  },
  'lang.toggle'(ctx) {
    ctx.lang = ctx.lang === 'vi' ? 'en' : 'vi';
  },
  'relay.allow'(ctx, e) {
    ctx.conversation.relayAllowed = e.allowed;
  },
  'chat.clear'(ctx) {
    // Quick exit: the delivery of this message deletes every message id recorded for the chat (the channel
    // decides what it can delete), and no counsellor writes again until the person does.
    ctx.conversation.relayPaused = true;
    ctx.out.length = 0;
    ctx.out.push({ text: '', clearChat: true, lang: ctx.lang });
  },
  async 'data.delete'(ctx) {
    await ctx.repos.consoleMessages.forgetPerson(ctx.chatKey);
    await ctx.repos.cases.unlinkPerson(ctx.chatKey);
    // What is still waiting is cancelled; delivery records stay for the counts, but no longer point at the person.
    // First, so that a message sent just before, whose ids are recorded after its send, finds its row already
    // pointing at no one (or, recorded before, is deleted next) and leaves no record of the chat.
    await ctx.repos.outbox.forgetChats([ctx.chatKey], DELETED_CHAT);
    await ctx.repos.conversations.forgetAllMessages(ctx.channel, ctx.chatKey);
    // The replies kept for repeats of their earlier messages go too; the update ids stay, so repeats are dropped.
    await ctx.repos.conversations.forgetRepliesOf(ctx.chatKey);
    ctx.conversation.delete = true;
  },
};

// What each benchmark chat writes, in a loop: a person greeting, opening the hotlines, going back to the menu,
// asking about their rights, opening the first topic, going back — ordinary messages that move the conversation
// and never raise an alarm (the escalation bench measures those).
export const CHAT_SCRIPT = ['xin chào', '4', 'menu', 'quyen cua ban', '1', 'menu'] as const;

export const scriptText = (i: number): string => CHAT_SCRIPT[i % CHAT_SCRIPT.length]!;

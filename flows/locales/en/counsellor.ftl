# Talking to a counsellor (English mirror of vi/counsellor.ftl).

counsellor-intro = Counsellors are real people, trained to listen to and support people facing violence. They write to you only if you agree. If nobody is on duty right now, you will be told plainly and given the hotline numbers. Would you like a counsellor to write to you here?
counsellor-yes = Yes, write to me here
counsellor-waiting = While you wait, you can write what you would like to share — it will be passed to the counsellor. You do not have to tell everything if you are not ready.
counsellor-stop = No, not any more
relay-stopped = Stopped. Counsellors will not write to you unless you agree again.
counsellor-joined = { $alias } (counsellor) has joined the conversation. You can write directly here.
counsellor-joined-anon = A counsellor has joined the conversation. You can write directly here.
counsellor-text = 💬 { $alias }: { $text }
counsellor-text-anon = 💬 Counsellor: { $text }
counsellor-live = ✍️ You can reply right here. Type “menu” to end the conversation.
counsellor-you-ended = You ended the conversation. The counsellor will not write again unless you agree again. You can come back at any time.
counsellor-ended = The counsellor has ended the conversation. Thank you for sharing. Whenever you need, you can ask to talk again from the main menu.

# Where no counsellor exists (flows/main/people.ts): what will and will not happen, then the numbers.
counsellor-none =
    Tin Cậy has no counsellors answering through this chat at the moment. So nobody will read what you write here, and Tin Cậy will not call or message you.
    To talk to a person, call { $primaryLine } — { primary-line-name }.
    In danger: 113 (police), 115 (ambulance), 111 (children).

# When the person is, or speaks about, someone under 18 (mirrors vi/children.ftl; sources there).

children-screen =
    If you are under 18, or you are worried about a child: call 111 — the National Child Protection Hotline, free, 24/7, answered by a person. Adults worried about a child can call too. In danger: call 113.
    Who can read what you write: anyone holding this phone can read this chat. I keep only what you choose to send; if you send a report, the people who work for this service can read it.
    I cannot promise to keep everything secret: if you are in danger, the adults helping you may have to tell the people responsible for protecting you — to keep you safe.
    Telling an adult you trust (a grandparent, aunt or uncle, a teacher, a friend's mother…) is a good step too.
children-trusted-adult = How do I tell an adult I trust?
children-trusted-adult-tips =
    Choose an adult you feel safe with, not the person who hurts you. You can keep it short: “Something hard is happening, can you listen to me?” If they do not believe you, tell someone else, or call 111 — they will listen.
children-note = If a child under 18 is involved: call 111 (National Child Protection Hotline, free, 24/7). Anyone holding this phone can read this chat; I cannot promise secrecy when a child is in danger.
children-intake-note = { children-note }

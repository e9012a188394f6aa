// The web chat page's script (served as /page.js so the Content-Security-Policy can forbid inline script).
// The session id lives only in this tab (sessionStorage), made from 128 random bits.
const newId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
let sessionId = sessionStorage.getItem('tc-session') || newId();
sessionStorage.setItem('tc-session', sessionId);
const log = document.getElementById('log');
const input = document.getElementById('text');
// The page's own texts in both languages (rendered by the server from the locale files; see web-page.ts).
const TEXTS = JSON.parse(document.getElementById('texts').textContent);
let lang = 'vi';
const t = (key) => TEXTS[lang][key];
/** Shows the page's own texts (the emergency bar, the buttons) in the language the replies come in. */
function setLang(next) {
  if (!TEXTS[next] || next === lang) return;
  lang = next;
  document.documentElement.lang = next;
  document.title = t('web-title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel));
  input.placeholder = t('web-placeholder');
}
// Where the quick exit goes: a neutral page, replacing this one in the tab's history.
const NEUTRAL = 'https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt';

// Phone numbers a person may tap: the short emergency numbers, 1800/1900 lines, and Vietnamese numbers
// (0… or +84…, spaces, dots or dashes between digits).
const PHONE = /(?<![\d+])(?:(?:\+84|0)(?:[ .-]?\d){8,10}|1[89]00(?:[ .-]?\d){4,6}|11[1345])(?![\d])/g;

/** Appends `text` to `el` as text nodes, with each phone number as a tel: link (never as HTML). */
function appendWithPhoneLinks(el, text) {
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    if (m.index > last) el.append(text.slice(last, m.index));
    const a = document.createElement('a');
    a.href = `tel:${m[0].replace(/[ .-]/g, '')}`;
    a.textContent = m[0];
    el.append(a);
    last = m.index + m[0].length;
  }
  if (last < text.length) el.append(text.slice(last));
}

function show(text, who) {
  const li = document.createElement('li');
  li.className = who;
  appendWithPhoneLinks(li, text);
  log.appendChild(li);
  li.scrollIntoView({ block: 'end' });
  return li;
}
function render(replies) {
  for (const r of replies) {
    if (r.clearChat) log.replaceChildren();
    if (r.lang) setLang(r.lang);
    const li = show(r.text, 'bot');
    if (r.choices?.length) {
      const box = document.createElement('div');
      box.className = 'choices';
      box.setAttribute('role', 'group');
      for (const c of r.choices) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = c.label;
        b.addEventListener('click', () => send({ choice: c.id }, c.label));
        box.appendChild(b);
      }
      li.appendChild(box);
    }
    if (r.askLocation && navigator.geolocation) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'where';
      b.textContent = t('web-share-location');
      b.addEventListener('click', () => navigator.geolocation.getCurrentPosition(
        (p) => send({ location: { latitude: p.coords.latitude, longitude: p.coords.longitude } }, '📍'),
        () => show(t('web-no-location'), 'bot')));
      li.appendChild(b);
    }
    // The newest question and its buttons in view (the emergency bar above stays put).
    li.scrollIntoView({ block: 'end' });
  }
}
async function send(body, echo) {
  if (echo) show(echo, 'me');
  try {
    const res = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, ...body }) });
    const data = await res.json();
    if (!res.ok) return show(data.message || t('web-error'), 'bot');
    render(data.replies);
  } catch {
    show(t('web-offline'), 'bot');
  }
}
document.getElementById('form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  send({ text }, text);
});
document.getElementById('exit').addEventListener('click', () => {
  // Quick exit: tell the server (the flow pauses the relay), forget this tab's session and anything stored,
  // wipe the screen, and replace this page in the tab's history so "back" does not return to the chat.
  navigator.sendBeacon?.('/api/chat', new Blob([JSON.stringify({ sessionId, text: '/thoat' })], { type: 'application/json' }));
  sessionStorage.clear();
  try { localStorage.clear(); } catch {}
  log.replaceChildren();
  input.value = '';
  document.title = '';
  location.replace(NEUTRAL);
});
setInterval(async () => {
  try {
    const res = await fetch('/api/chat/updates', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId }) });
    if (res.ok) render((await res.json()).replies);
  } catch {}
}, 3000);
send({ text: '/start' });

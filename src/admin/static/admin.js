// Tin Cậy dashboard: new messages in a case's thread and the queue without a reload (polling JSON). Text is set
// with textContent only, never as HTML.
(function () {
  'use strict';
  function poll(fn, ms) { fn(); setInterval(fn, ms); }

  var thread = document.querySelector('[data-poll-thread]');
  if (thread) {
    var url = thread.getAttribute('data-poll-thread');
    poll(function () {
      var after = thread.getAttribute('data-after') || '0';
      fetch(url + '?after=' + encodeURIComponent(after), { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (!body) return;
          body.messages.forEach(function (m) {
            var li = document.createElement('li');
            li.className = 'from-' + m.from;
            var time = document.createElement('time');
            time.textContent = m.at;
            li.appendChild(time);
            li.appendChild(document.createTextNode(' ' + m.text));
            thread.appendChild(li);
            thread.setAttribute('data-after', m.id);
          });
        })
        .catch(function () {});
    }, 2000);
  }

  var queue = document.querySelector('[data-poll-queue]');
  if (queue) {
    var qurl = queue.getAttribute('data-poll-queue');
    setInterval(function () {
      fetch(qurl, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (!body) return;
          while (queue.firstChild) queue.removeChild(queue.firstChild);
          body.rows.forEach(function (row) {
            var tr = document.createElement('tr');
            var a = document.createElement('a');
            a.href = '/admin/console/' + encodeURIComponent(row.ref);
            a.textContent = row.ref;
            var first = document.createElement('td');
            first.appendChild(a);
            tr.appendChild(first);
            [row.level, row.status, row.alias, String(row.minutes)].forEach(function (v) {
              var td = document.createElement('td');
              td.textContent = v;
              tr.appendChild(td);
            });
            queue.appendChild(tr);
          });
        })
        .catch(function () {});
    }, 5000);
  }
})();

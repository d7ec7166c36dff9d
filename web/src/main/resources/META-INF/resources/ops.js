'use strict';
// The operations page (admins): workers, queue depth, Kafka lag and dead letters, refreshed every
// few seconds while the tab is visible; a dead letter can be inspected and requeued once.
const REFRESH_MS = 5000;
const LETTERS = 50;

const $ = (id) => document.getElementById(id);
let timer = null;
let loading = false;
let shownLetters = '';
let openLetter = null;

/** Today's times without the date; the full instant is in the cell's title. */
function short(instant) {
  if (!instant) return '—';
  const date = new Date(instant);
  return date.toDateString() === new Date().toDateString() ? date.toLocaleTimeString() : date.toLocaleString();
}

function timeCell(instant, prefix = '', className = 'time') {
  const td = cell(prefix + short(instant), className);
  if (instant) td.title = when(instant);
  return td;
}

/** Spring Kafka prefixes every listener error with the method's signature; the table shows what follows. */
function gist(error) {
  if (!error) return '—';
  const marker = 'threw exception; ';
  const at = error.indexOf(marker);
  return at < 0 ? error : error.slice(at + marker.length);
}

function ago(instant, now) {
  const seconds = Math.max(0, Math.round((now - new Date(instant)) / 1000));
  if (seconds < 60) return seconds + ' s ago';
  return Math.round(seconds / 60) + ' min ago';
}

function count(value) {
  return value === null || value === undefined ? '?' : value.toLocaleString();
}

/** The problem's detail, or failing that its title or the status line. */
async function problem(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.status + ' ' + response.statusText;
  } catch {
    return response.status + ' ' + response.statusText;
  }
}

function denied() {
  stop();
  $('view').hidden = true;
  $('denied').hidden = false;
}

function showOps(ops) {
  const now = new Date(ops.checked_at);
  const inFlight = ops.workers.reduce((sum, w) => sum + w.in_flight, 0);
  const slots = ops.workers.reduce((sum, w) => sum + w.max_in_flight, 0);
  $('workers-alive').textContent = ops.workers.length;
  $('workers-sub').textContent = ops.workers.length ? inFlight + ' of ' + slots + ' job slots in use' : 'nothing takes jobs';
  $('card-workers').classList.toggle('alarm', ops.workers.length === 0);
  $('jobs-queued').textContent = count(ops.jobs.queued);
  $('jobs-running').textContent = count(ops.jobs.running);
  $('dead-count').textContent = count(ops.dead_letters.count);
  $('dead-sub').textContent = ops.dead_letters.count === null
    ? 'Kafka did not answer'
    : ops.dead_letters.requeued + ' requeued';
  $('card-dead').classList.toggle('warn', ops.dead_letters.count > 0);

  $('lag-cards').replaceChildren(...ops.consumers.map((c) => {
    const card = document.createElement('div');
    card.dataset.group = c.group;
    const dt = document.createElement('dt');
    dt.textContent = 'Kafka lag · ' + c.group;
    const lag = document.createElement('dd');
    lag.className = 'number';
    lag.textContent = count(c.lag);
    const sub = document.createElement('dd');
    sub.className = 'sub';
    if (c.lag === null) {
      sub.textContent = 'Kafka did not answer in time';
    } else {
      sub.textContent = c.topic + ' · ' + c.members + (c.members === 1 ? ' consumer' : ' consumers');
    }
    card.classList.toggle('alarm', c.members === 0);
    card.append(dt, lag, sub);
    return card;
  }));

  $('workers-empty').hidden = ops.workers.length > 0;
  $('worker-rows').replaceChildren(...ops.workers.map((w) => {
    const tr = document.createElement('tr');
    tr.dataset.id = w.id;
    const seen = cell(ago(w.last_seen_at, now));
    seen.title = when(w.last_seen_at);
    const started = timeCell(w.started_at);
    started.classList.add('hide-narrow');
    tr.append(cell(w.id, 'mono'), cell(w.host || '—', 'hide-narrow'),
      cell(w.in_flight + ' / ' + w.max_in_flight, 'num'), started, seen);
    return tr;
  }));
  $('checked').textContent = 'Updated ' + now.toLocaleTimeString();
}

function showLetters(letters) {
  // Redrawn only when something changed, so a button keeps its focus across refreshes.
  const json = JSON.stringify(letters);
  if (json === shownLetters) return;
  shownLetters = json;
  $('letters-empty').hidden = letters.length > 0;
  $('letter-rows').replaceChildren(...letters.map((letter) => {
    const tr = document.createElement('tr');
    tr.dataset.id = letter.id;
    tr.className = letter.requeued_at ? 'requeued' : '';
    const error = cell('', 'hide-narrow error-gist');
    const text = document.createElement('div');
    text.textContent = gist(letter.error);
    text.title = letter.error || '';
    error.append(text);
    tr.append(timeCell(letter.dead_lettered_at), cell(letter.job_id || '—', 'mono job-key'), error,
      letter.requeued_at ? timeCell(letter.requeued_at, 'requeued ', 'state') : cell('dead', 'state'));
    const actions = document.createElement('td');
    actions.className = 'row-actions';
    actions.append(button('Inspect', 'quiet small inspect', () => inspect(letter.id)));
    if (!letter.requeued_at) {
      actions.append(button('Requeue', 'small requeue', (event) => {
        event.currentTarget.disabled = true;
        requeue(letter.id);
      }));
    }
    tr.append(actions);
    return tr;
  }));
}

async function refresh() {
  if (loading) return;
  loading = true;
  try {
    const [ops, letters] = await Promise.all([api('/v1/admin/ops'), api('/v1/admin/dead-letters?limit=' + LETTERS)]);
    if (ops.status === 403 || letters.status === 403) {
      denied();
      return;
    }
    if (!ops.ok) throw new Error(await problem(ops));
    if (!letters.ok) throw new Error(await problem(letters));
    showOps(await ops.json());
    showLetters(await letters.json());
    $('load-error').textContent = '';
  } catch (e) {
    if (e.message === 'signed out') return;
    $('load-error').textContent = 'Could not refresh: ' + e.message + '. Trying again shortly.';
  } finally {
    loading = false;
  }
}

function showLetter(letter) {
  openLetter = letter.id;
  $('letter-title').textContent = 'Dead letter ' + letter.id;
  $('letter-id').textContent = letter.id;
  $('letter-job').textContent = letter.job_id || '— (no key)';
  $('letter-at').textContent = when(letter.dead_lettered_at);
  $('letter-from').textContent = letter.original_topic
    ? letter.original_topic + ', partition ' + letter.original_partition + ', offset ' + letter.original_offset
    : '—';
  $('letter-exception').textContent = letter.exception || '—';
  $('letter-error').textContent = letter.error || '—';
  $('letter-requeued').textContent = letter.requeued_at ? when(letter.requeued_at) : 'not yet';
  $('letter-message').textContent = letter.message;
  $('letter-requeue').hidden = !!letter.requeued_at;
}

async function inspect(id) {
  const response = await api('/v1/admin/dead-letters/' + encodeURIComponent(id));
  const section = $('letter');
  const result = $('letter-result');
  result.textContent = '';
  result.className = '';
  if (!response.ok) {
    openLetter = null;
    $('letter-title').textContent = 'Dead letter ' + id;
    result.textContent = await problem(response);
    result.className = 'error';
  } else {
    showLetter(await response.json());
  }
  section.hidden = false;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
}

async function requeue(id) {
  const response = await api('/v1/admin/dead-letters/' + encodeURIComponent(id) + '/requeue', { method: 'POST' });
  let outcome;
  if (response.status === 202) {
    const letter = await response.json();
    outcome = 'Requeued ' + id + ' to artgen.jobs at ' + when(letter.requeued_at) + '.';
  } else if (response.status === 409) {
    // Someone (another admin, another tab) requeued it first: a message goes back once only.
    outcome = 'Not requeued (409): ' + await problem(response);
  } else {
    outcome = 'Not requeued: ' + await problem(response);
  }
  // The letter as it is now (requeued or not), with the outcome under it.
  await inspect(id);
  const result = $('letter-result');
  result.className = response.status === 202 ? 'done' : 'error';
  result.textContent = outcome;
  shownLetters = ''; // redraw the table even if nothing changed, re-enabling a failed row's button
  await refresh();
}

function schedule() {
  stop();
  timer = setTimeout(async () => {
    await refresh();
    if (!document.hidden && !$('view').hidden) schedule();
  }, REFRESH_MS);
}

function stop() {
  clearTimeout(timer);
  timer = null;
}

document.addEventListener('visibilitychange', async () => {
  if ($('view').hidden) return;
  $('paused').hidden = !document.hidden;
  if (document.hidden) {
    stop();
  } else {
    await refresh();
    schedule();
  }
});

$('letter-requeue').addEventListener('click', async (event) => {
  if (!openLetter) return;
  event.currentTarget.disabled = true;
  try {
    await requeue(openLetter);
  } finally {
    $('letter-requeue').disabled = false;
  }
});

$('letter-close').addEventListener('click', () => {
  $('letter').hidden = true;
  openLetter = null;
});

async function start() {
  const me = await showAccount();
  if (me.role !== 'admin') {
    denied();
    return;
  }
  await refresh();
  if (!$('view').hidden) schedule();
}

start();

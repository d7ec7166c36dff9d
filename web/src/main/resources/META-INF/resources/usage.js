'use strict';
// The usage page: a period's jobs, images, tokens and estimated cost from /v1/usage (admins:
// /v1/admin/usage, everyone or one user), as totals, remaining budget, two charts and a sortable table.
const $ = (id) => document.getElementById(id);
const DAY_MS = 86400000;
const METRICS = [
  ['jobs', 'Jobs'],
  ['images', 'Images'],
  ['input_tokens', 'Input tokens'],
  ['output_tokens', 'Output tokens'],
  ['cost_usd', 'Est. cost (USD)'],
];
const DIMENSIONS = { day: 'Day (UTC)', model: 'Model', user: 'User' };
// Distinguishable in light and dark, and for the common colour-vision deficiencies (Okabe–Ito).
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'];

const integer = new Intl.NumberFormat();
const dollars = new Intl.NumberFormat(undefined, {
  style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4,
});
const state = { admin: false, names: new Map(), sort: { key: null, dir: 1 }, rows: [], groups: [], charts: {} };

function format(key, value) {
  return key === 'cost_usd' ? dollars.format(Number(value)) : integer.format(Number(value));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

function todayUtc() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function presetRange(preset) {
  const today = todayUtc();
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  if (preset === 'month') return [new Date(Date.UTC(y, m, 1)), today];
  if (preset === 'last-month') return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 0))];
  return [new Date(today.getTime() - (Number(preset) - 1) * DAY_MS), today];
}

function usagePath(groupBy, extra = {}) {
  const params = new URLSearchParams({ from: $('from').value, to: $('to').value, group_by: groupBy, ...extra });
  if (state.admin && $('user').value) params.set('user', $('user').value);
  return (state.admin ? '/v1/admin/usage?' : '/v1/usage?') + params;
}

/** Fetches a report; a 400 shows its field's message and returns null. */
async function report(groupBy) {
  const response = await api(usagePath(groupBy));
  const body = await response.json();
  if (!response.ok) {
    const errors = body.errors || [{ field: '', message: body.detail || response.statusText }];
    $('period-error').textContent = errors.map((e) => (e.field ? e.field + ' ' : '') + e.message).join('; ');
    return null;
  }
  return body;
}

async function refresh() {
  $('period-error').textContent = '';
  $('status').textContent = 'Loading…';
  const params = new URLSearchParams({ from: $('from').value, to: $('to').value });
  if (state.admin && $('user').value) params.set('user', $('user').value);
  history.replaceState(null, '', '?' + params);
  const grouping = $('grouping').value;
  const charted = await report('day,model');
  if (!charted) {
    $('status').textContent = 'Choose another period.';
    return;
  }
  const table = grouping === 'day,model' ? charted : await report(grouping);
  if (!table) return;
  showTotals(charted.totals);
  showBudget(charted.budget);
  showCharts(charted);
  showTable(table);
  $('csv').href = usagePath(grouping, { format: 'csv' });
  const who = state.admin ? ($('user').value ? nameOf($('user').value) : 'everyone') : 'you';
  $('status').textContent = integer.format(charted.totals.jobs) + ' jobs by ' + who + ', '
    + charted.from + ' to ' + charted.to + ' (UTC).';
}

function nameOf(id) {
  return state.names.get(id) || id;
}

function showTotals(totals) {
  for (const [key] of METRICS) {
    const dd = $('total-' + key);
    dd.textContent = format(key, totals[key]);
    dd.dataset.value = totals[key];
  }
}

function showBudget(view) {
  $('budget').hidden = !view;
  if (!view) return;
  $('budgets').replaceChildren(...view.budgets.map((budget) => {
    const card = document.createElement('div');
    card.className = 'budget';
    card.dataset.period = budget.period;
    const title = document.createElement('h3');
    title.textContent = budget.period === 'day' ? 'Today' : 'This month';
    const resets = document.createElement('p');
    resets.className = 'muted';
    resets.textContent = 'resets ' + budget.resets_at.slice(0, 10) + ' 00:00 UTC';
    card.append(title, resets, measure('Images', 'images', budget.images), measure('Cost', 'cost_usd', budget.cost_usd));
    return card;
  }));
}

function measure(label, key, m) {
  const row = document.createElement('div');
  row.className = 'measure';
  row.dataset.measure = key;
  const text = document.createElement('p');
  const remaining = document.createElement('strong');
  remaining.className = 'remaining';
  if (m.limit === null || m.limit === undefined) {
    remaining.textContent = 'unlimited';
    text.append(label + ': ', remaining, ' (' + format(key, m.used) + ' used)');
    row.append(text);
    return row;
  }
  remaining.textContent = format(key, m.remaining) + ' left';
  remaining.dataset.value = m.remaining;
  text.append(label + ': ', remaining, ' of ' + format(key, m.limit));
  const meter = document.createElement('meter');
  meter.min = 0;
  meter.max = Number(m.limit) || 1;
  meter.value = Number(m.used);
  meter.high = meter.max * 0.8;
  meter.optimum = 0;
  meter.setAttribute('aria-label', label + ' used: ' + format(key, m.used) + ' of ' + format(key, m.limit));
  row.append(text, meter);
  return row;
}

function css(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function showCharts(data) {
  if (!window.Chart) {
    document.querySelectorAll('.canvas-box').forEach((box) => { box.textContent = 'Charts are unavailable; the table has every number.'; });
    return;
  }
  const metric = 'cost_usd';
  const useImages = data.rows.every((r) => Number(r.cost_usd) === 0);
  const key = useImages ? 'images' : metric;
  $('daily-title').textContent = useImages ? 'Images per day (no cost recorded)' : 'Estimated cost per day (USD)';
  $('models-title').textContent = useImages ? 'Images by model' : 'Estimated cost by model (USD)';
  const days = [];
  for (let d = new Date(data.from + 'T00:00:00Z'); iso(d) <= data.to; d = new Date(d.getTime() + DAY_MS)) days.push(iso(d));
  const models = [...new Set(data.rows.map((r) => r.model))].sort();
  const color = (i) => PALETTE[i % PALETTE.length];
  Chart.defaults.color = css('--muted');
  Chart.defaults.borderColor = css('--line');
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined;
  const tick = (value) => (key === 'cost_usd' ? dollars.format(value) : integer.format(value));
  const tooltip = { callbacks: { label: (c) => c.dataset.label + ': ' + format(key, c.raw) } };
  draw('daily', 'daily-chart', {
    type: 'bar',
    data: {
      labels: days,
      datasets: models.map((model, i) => ({
        label: model,
        backgroundColor: color(i),
        data: days.map((day) => data.rows.filter((r) => r.day === day && r.model === model)
          .reduce((sum, r) => sum + Number(r[key]), 0)),
      })),
    },
    options: {
      animation, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkipPadding: 12 } }, y: { stacked: true, beginAtZero: true, ticks: { callback: tick } } },
      plugins: { legend: { position: 'bottom' }, tooltip },
    },
  });
  const perModel = models.map((model) => data.rows.filter((r) => r.model === model).reduce((s, r) => s + Number(r[key]), 0));
  draw('models', 'models-chart', {
    type: 'bar',
    data: { labels: models, datasets: [{ label: useImages ? 'Images' : 'Estimated cost', data: perModel, backgroundColor: models.map((_, i) => color(i)) }] },
    options: {
      animation, indexAxis: 'y', responsive: true, maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ticks: { callback: tick } } },
      plugins: { legend: { display: false }, tooltip },
    },
  });
}

function draw(name, canvasId, config) {
  state.charts[name]?.destroy();
  state.charts[name] = new Chart($(canvasId), config);
}

function showTable(data) {
  state.groups = data.group_by;
  state.rows = data.rows.map((r) => ({ ...r, user: r.user ? (r.user_name || nameOf(r.user)) : undefined }));
  const columns = [...state.groups.map((g) => [g, DIMENSIONS[g]]), ...METRICS];
  if (!columns.some(([key]) => key === state.sort.key)) state.sort = { key: state.groups[0], dir: 1 };
  $('breakdown-head').replaceChildren(...columns.map(([key, label]) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = METRICS.some(([m]) => m === key) ? 'num' : '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.dataset.key = key;
    button.addEventListener('click', () => {
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : (th.className ? -1 : 1) };
      showTable(data);
    });
    if (state.sort.key === key) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
    th.append(button);
    return th;
  }));
  const { key, dir } = state.sort;
  const numeric = METRICS.some(([m]) => m === key);
  const sorted = [...state.rows].sort((a, b) => dir * (numeric
    ? Number(a[key]) - Number(b[key])
    : String(a[key]).localeCompare(String(b[key]))));
  const body = sorted.map((row) => {
    const tr = document.createElement('tr');
    for (const [k] of columns) {
      const td = document.createElement(state.groups.includes(k) ? 'th' : 'td');
      if (td.tagName === 'TH') td.scope = 'row';
      td.dataset.key = k;
      if (state.groups.includes(k)) {
        td.textContent = row[k];
      } else {
        td.className = 'num';
        td.textContent = format(k, row[k]);
        td.dataset.value = row[k];
      }
      tr.append(td);
    }
    return tr;
  });
  if (!body.length) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = columns.length;
    td.className = 'empty';
    td.textContent = 'No usage in this period.';
    tr.append(td);
    body.push(tr);
  }
  $('breakdown-rows').replaceChildren(...body);
}

function setPeriod(from, to) {
  $('from').value = iso(from);
  $('to').value = iso(to);
}

async function start() {
  const me = await showAccount();
  state.admin = me.role === 'admin' && me.scopes.includes('admin');
  const query = new URLSearchParams(location.search);
  if (state.admin) {
    $('scope-line').textContent = 'What everyone\'s jobs used and cost, per UTC day, model and user.';
    $('user-field').hidden = false;
    $('grouping-user').hidden = false;
    const users = await (await api('/v1/admin/users')).json();
    for (const user of users.sort((a, b) => a.name.localeCompare(b.name))) {
      state.names.set(user.id, user.name);
      $('user').append(new Option(user.name + (user.id === me.id ? ' (you)' : ''), user.id));
    }
    if (query.get('user')) $('user').value = query.get('user');
  }
  if (query.get('from') && query.get('to')) {
    $('from').value = query.get('from');
    $('to').value = query.get('to');
    // A reloaded "Last 30 days" still reads as that, not as Custom.
    const same = [...$('preset').options].find((o) => o.value !== 'custom'
      && presetRange(o.value).map(iso).join() === query.get('from') + ',' + query.get('to'));
    $('preset').value = same ? same.value : 'custom';
  } else {
    setPeriod(...presetRange($('preset').value));
  }
  await refresh();
}

$('preset').addEventListener('change', () => {
  if ($('preset').value !== 'custom') {
    setPeriod(...presetRange($('preset').value));
    refresh();
  }
});
for (const id of ['from', 'to']) {
  $(id).addEventListener('change', () => { $('preset').value = 'custom'; });
}
$('user').addEventListener('change', refresh);
$('grouping').addEventListener('change', refresh);
$('period').addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refresh);

start();

'use strict';
// The users page (admins): list users, create one (their first key shown once), disable or enable
// them, and set each one's limits over the configured defaults.
const $ = (id) => document.getElementById(id);
const rows = $('user-rows');
const createForm = $('create');
const limitsForm = $('limits-form');
const inputs = [...limitsForm.querySelectorAll('input[data-field]')];
const state = { me: null, selected: null };

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { detail: response.status + ' ' + response.statusText };
  }
}

// "reads.window_seconds" reads as "window seconds" next to the reads field.
function fieldWords(field) {
  return field.split('.').pop().replaceAll('_', ' ');
}

async function load(answered) {
  const response = answered || await api('/v1/admin/users');
  if (!response.ok) {
    $('users-error').textContent = (await problemOf(response)).detail;
    return;
  }
  const users = (await response.json()).sort((a, b) => a.name.localeCompare(b.name));
  rows.replaceChildren(...users.map(row));
}

function row(user) {
  const tr = document.createElement('tr');
  const self = user.id === state.me.id;
  tr.dataset.id = user.id;
  tr.dataset.name = user.name;
  tr.className = user.disabled ? 'disabled' : 'active';
  if (state.selected?.id === user.id) tr.classList.add('selected');
  const name = cell(user.name, 'name');
  if (self) {
    const you = document.createElement('span');
    you.className = 'you';
    you.textContent = 'you';
    name.append(' ', you);
  }
  tr.append(name, cell(user.role), cell(when(user.created_at), 'hide-narrow'),
    cell(user.disabled ? 'disabled' : 'active', 'state'));
  const actions = document.createElement('td');
  actions.className = 'actions';
  actions.append(button('Limits', 'limits', () => openLimits(user)));
  if (user.disabled) {
    actions.append(button('Enable', 'enable', () => setDisabled(user, false)));
  } else if (!self) {
    // The API refuses an admin disabling themselves (409), so the page does not offer it.
    actions.append(button('Disable', 'disable', () => {
      if (confirm('Disable "' + user.name + '"? Their keys and sessions stop working at once.')) {
        setDisabled(user, true);
      }
    }));
  }
  tr.append(actions);
  return tr;
}

async function setDisabled(user, disabled) {
  $('users-error').textContent = '';
  const response = await api('/v1/admin/users/' + encodeURIComponent(user.id), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ disabled }),
  });
  if (!response.ok) $('users-error').textContent = (await problemOf(response)).detail;
  await load();
}

createForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  createForm.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  const response = await api('/v1/admin/users', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: $('user-name').value.trim(), role: $('user-role').value }),
  });
  const answer = await problemOf(response);
  if (!response.ok) {
    // A taken name is a 409 without field errors; it still belongs next to the name.
    for (const e of answer.errors || [{ field: 'name', message: answer.detail, whole: true }]) {
      const target = $(e.field + '-error') || $('name-error');
      target.textContent = e.whole ? e.message : fieldWords(e.field) + ' ' + e.message;
    }
    $('user-name').focus();
    return;
  }
  createForm.reset();
  const box = $('issued');
  $('issued-title').textContent = 'Hand this key to ' + answer.user.name
    + ' now: it will not be shown again. It has every scope of their role.';
  $('issued-secret').textContent = answer.api_key.secret;
  $('copied').textContent = '';
  box.hidden = false;
  box.focus();
  await load();
});

$('copy').addEventListener('click', async () => {
  const secret = $('issued-secret');
  try {
    await navigator.clipboard.writeText(secret.textContent);
    $('copied').textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(secret);
    $('copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

// Limits

function clearLimitErrors() {
  limitsForm.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  inputs.forEach((input) => input.removeAttribute('aria-invalid'));
  $('limits-status').textContent = '';
}

function showLimitError(field, message) {
  const target = limitsForm.querySelector('[data-error-for~="' + CSS.escape(field) + '"]') || $('limits-error');
  const text = fieldWords(field) + ' ' + message;
  target.textContent = target.textContent ? target.textContent + '; ' + text : text;
  limitsForm.querySelector('input[data-field="' + CSS.escape(field) + '"]')?.setAttribute('aria-invalid', 'true');
}

function money(value) {
  return '$' + Number(value).toFixed(2);
}

function fill(view) {
  const limits = view.limits;
  const values = {
    'reads.quota': limits.reads?.quota, 'reads.window_seconds': limits.reads?.window_seconds,
    'writes.quota': limits.writes?.quota, 'writes.window_seconds': limits.writes?.window_seconds,
    jobs_in_flight: limits.jobs_in_flight,
    images_per_day: limits.images_per_day, images_per_month: limits.images_per_month,
    cost_per_day_usd: limits.cost_per_day_usd, cost_per_month_usd: limits.cost_per_month_usd,
  };
  for (const input of inputs) {
    const value = values[input.dataset.field];
    input.value = value === null || value === undefined ? '' : value;
  }
  $('jobs-in-flight-used').textContent = view.jobs_in_flight.used + ' queued or running now';
  const word = { day: 'today', month: 'this month' };
  for (const budget of view.budgets) {
    $('images-per-' + budget.period + '-used').textContent = budget.images.used + ' used ' + word[budget.period];
    $('cost-per-' + budget.period + '-used').textContent = money(budget.cost_usd.used) + ' used ' + word[budget.period];
  }
}

async function openLimits(user) {
  state.selected = user;
  rows.querySelectorAll('tr').forEach((tr) => tr.classList.toggle('selected', tr.dataset.id === user.id));
  clearLimitErrors();
  $('limits-title').textContent = 'Limits of ' + user.name;
  $('limits-usage').href = '/usage.html?user=' + encodeURIComponent(user.id);
  const response = await api('/v1/admin/users/' + encodeURIComponent(user.id) + '/limits');
  if (!response.ok) {
    $('limits-error').textContent = (await problemOf(response)).detail;
    return;
  }
  fill(await response.json());
  $('limits').hidden = false;
  $('limits').scrollIntoView({ block: 'start' });
  $('jobs-in-flight').focus({ preventScroll: true });
}

function limitsBody() {
  const body = {};
  const unreadable = [];
  for (const input of inputs) {
    // A number field holding text reports an empty value; that must not quietly mean "default".
    if (input.validity.badInput) {
      unreadable.push(input.dataset.field);
      continue;
    }
    if (input.value.trim() === '') continue;
    const [name, part] = input.dataset.field.split('.');
    if (part) {
      body[name] = body[name] || {};
      body[name][part] = Number(input.value);
    } else {
      body[name] = Number(input.value);
    }
  }
  return { body, unreadable };
}

limitsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearLimitErrors();
  const { body, unreadable } = limitsBody();
  if (unreadable.length) {
    unreadable.forEach((field) => showLimitError(field, 'must be a number'));
    return;
  }
  const response = await api('/v1/admin/users/' + encodeURIComponent(state.selected.id) + '/limits', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await problemOf(response);
  if (!response.ok) {
    if (answer.errors) answer.errors.forEach((e) => showLimitError(e.field, e.message));
    else $('limits-error').textContent = answer.detail;
    return;
  }
  fill(answer);
  $('limits-status').textContent = 'Saved.';
});

$('limits-reset').addEventListener('click', async () => {
  clearLimitErrors();
  const path = '/v1/admin/users/' + encodeURIComponent(state.selected.id) + '/limits';
  const response = await api(path, { method: 'DELETE' });
  if (!response.ok) {
    $('limits-error').textContent = (await problemOf(response)).detail;
    return;
  }
  fill(await (await api(path)).json());
  $('limits-status').textContent = 'Back on the defaults.';
});

async function start() {
  state.me = await showAccount();
  const response = await api('/v1/admin/users');
  if (response.status === 403) {
    $('forbidden-detail').textContent = state.me.role === 'admin'
      ? 'You are an admin, but signed in with a key without the admin scope. Sign in with a key that has it.'
      : 'You are signed in as ' + state.me.name + ', who is not an admin. Ask an admin to change users or limits.';
    $('forbidden').hidden = false;
    return;
  }
  $('admin').hidden = false;
  await load(response);
}

start();

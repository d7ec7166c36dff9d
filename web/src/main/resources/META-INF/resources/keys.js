'use strict';
// The keys page: list, create (secret shown once), rotate and revoke the signed-in user's keys.
const rows = document.getElementById('key-rows');
const form = document.getElementById('create');
const SCOPE_HELP = {
  'jobs:read': 'see jobs, events, models',
  'jobs:write': 'submit, cancel, delete jobs; upload',
  'images:read': 'download pictures',
  'webhooks': 'manage webhooks',
  'keys': 'manage keys',
  'admin': 'administer ArtGen',
};

function showSecret(issued) {
  const box = document.getElementById('issued');
  document.getElementById('issued-secret').textContent = issued.secret;
  box.hidden = false;
  box.focus();
}

async function load() {
  const response = await api('/v1/keys');
  const keys = await response.json();
  rows.replaceChildren(...keys.reverse().map((key) => {
    const tr = document.createElement('tr');
    tr.className = key.state;
    tr.dataset.id = key.id;
    tr.append(cell(key.name), cell(key.prefix + '…'), cell(key.scopes.join(' '), 'hide-narrow'),
      cell(when(key.created_at), 'hide-narrow'), cell(when(key.last_used_at)),
      cell(key.expires_at ? when(key.expires_at) : 'never', 'hide-narrow'), cell(key.state, 'state'));
    const actions = document.createElement('td');
    actions.className = 'actions';
    if (key.state === 'active') {
      actions.append(
        button('Rotate', 'rotate', async () => {
          const r = await api('/v1/keys/' + key.id + '/rotate', { method: 'POST' });
          if (r.ok) showSecret(await r.json());
          await load();
        }),
        button('Revoke', 'revoke', async () => {
          if (!confirm('Revoke "' + key.name + '"? Programs using it stop at once.')) return;
          await api('/v1/keys/' + key.id, { method: 'DELETE' });
          await load();
        }));
    }
    tr.append(actions);
    return tr;
  }));
}

async function start() {
  const me = await showAccount();
  const fieldset = document.getElementById('scopes');
  for (const scope of me.scopes) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'scope';
    box.value = scope;
    box.defaultChecked = box.checked = scope !== 'admin';
    label.append(box, scope + ' — ' + (SCOPE_HELP[scope] || ''));
    fieldset.append(label);
  }
  await load();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  const days = document.getElementById('key-days').value;
  const body = {
    name: document.getElementById('key-name').value,
    scopes: [...form.querySelectorAll('input[name=scope]:checked')].map((b) => b.value),
  };
  if (days) body.expires_in_days = Number(days);
  const response = await api('/v1/keys', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    for (const e of answer.errors || [{ field: 'name', message: answer.detail }]) {
      const target = document.getElementById(e.field + '-error') || document.getElementById('name-error');
      target.textContent = e.field + ' ' + e.message;
    }
    return;
  }
  form.reset();
  showSecret(answer);
  await load();
});

document.getElementById('copy').addEventListener('click', () => {
  navigator.clipboard?.writeText(document.getElementById('issued-secret').textContent);
});

start();

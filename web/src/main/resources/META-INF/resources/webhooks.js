'use strict';
// The webhooks page: register endpoints, see why one is disabled, read each delivery's attempts
// (status codes, latency, next retry) and send one again.
const endpointRows = document.getElementById('endpoint-rows');
const deliveryRows = document.getElementById('delivery-rows');
const form = document.getElementById('create');

async function loadEndpoints() {
  const { data } = await (await api('/v1/webhooks')).json();
  document.getElementById('empty').hidden = data.length > 0;
  endpointRows.replaceChildren(...data.map((endpoint) => {
    const tr = document.createElement('tr');
    tr.dataset.id = endpoint.id;
    tr.className = endpoint.enabled ? 'active' : 'revoked';
    const state = endpoint.enabled
      ? (endpoint.failing_since ? 'failing since ' + when(endpoint.failing_since) : 'enabled')
      : 'disabled: ' + (endpoint.disabled_reason || '');
    tr.append(cell(endpoint.url), cell(endpoint.events.join(' '), 'hide-narrow'), cell(state, 'state'));
    const actions = document.createElement('td');
    actions.className = 'actions';
    actions.append(
      button('Deliveries', 'rotate', () => loadDeliveries(endpoint)),
      button(endpoint.enabled ? 'Disable' : 'Enable', 'rotate', async () => {
        await api('/v1/webhooks/' + endpoint.id, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ enabled: !endpoint.enabled }),
        });
        await loadEndpoints();
      }),
      button('Delete', 'revoke', async () => {
        if (!confirm('Delete the endpoint ' + endpoint.url + '?')) return;
        await api('/v1/webhooks/' + endpoint.id, { method: 'DELETE' });
        document.getElementById('log').hidden = true;
        await loadEndpoints();
      }));
    tr.append(actions);
    return tr;
  }));
}

async function loadDeliveries(endpoint) {
  const { data } = await (await api('/v1/webhooks/' + endpoint.id + '/deliveries')).json();
  const log = document.getElementById('log');
  document.getElementById('log-title').textContent = 'Deliveries to ' + endpoint.url;
  deliveryRows.replaceChildren(...data.map((delivery) => {
    const tr = document.createElement('tr');
    tr.dataset.id = delivery.id;
    const attempts = delivery.log.map((a) => '#' + a.number + ' ' + (a.status ?? a.outcome) + ' · ' + a.latency_ms + ' ms')
      .join(', ') || 'not tried yet';
    tr.append(cell(delivery.type), cell(delivery.job_id), cell(delivery.state, 'state'),
      cell(attempts + (delivery.last_error ? ' — ' + delivery.last_error : '')),
      cell(when(delivery.next_attempt_at), 'hide-narrow'));
    const actions = document.createElement('td');
    actions.className = 'actions';
    actions.append(button('Send again', 'rotate', async () => {
      const response = await api('/v1/webhook-deliveries/' + delivery.id + '/redeliver', { method: 'POST' });
      if (!response.ok) {
        const problem = await response.json();
        alert(problem.detail);
      }
      await loadDeliveries(endpoint);
    }));
    tr.append(actions);
    return tr;
  }));
  log.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  const response = await api('/v1/webhooks', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: document.getElementById('url').value, events: [document.getElementById('events').value] }),
  });
  const answer = await response.json();
  if (!response.ok) {
    for (const e of answer.errors || [{ field: 'url', message: answer.detail }]) {
      const target = document.getElementById(e.field + '-error') || document.getElementById('url-error');
      target.textContent = e.field + ' ' + e.message;
    }
    return;
  }
  form.reset();
  document.getElementById('issued-secret').textContent = answer.secret;
  const issued = document.getElementById('issued');
  issued.hidden = false;
  issued.focus();
  await loadEndpoints();
});

showAccount().then(loadEndpoints);

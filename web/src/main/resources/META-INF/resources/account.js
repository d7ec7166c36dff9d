'use strict';
// Shared by the signed-in pages: API calls that send a signed-out visitor to the sign-in page (and
// back here afterwards), and the account bar: who is signed in, the admin pages for admins, and signing out.

async function api(path, options = {}) {
  const response = await fetch(path, options);
  if (response.status === 401) {
    location.assign('/signin.html?next=' + encodeURIComponent(location.pathname + location.search));
    throw new Error('signed out');
  }
  return response;
}

async function showAccount() {
  const me = await (await api('/v1/me')).json();
  document.getElementById('who').textContent = me.name + (me.role === 'admin' ? ' (admin)' : '');
  const links = document.querySelectorAll('nav.account a, nav[aria-label="Account"] a');
  // Admins also get their pages (but not a link to the page they are on).
  if (me.role === 'admin' && me.scopes.includes('admin') && links.length) {
    let last = links[links.length - 1];
    for (const [href, label] of [['/users.html', 'Users'], ['/ops.html', 'Operations']]) {
      if (location.pathname === href) continue;
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      last.after(link);
      last = link;
    }
  }
  document.getElementById('signout').addEventListener('click', async () => {
    await fetch('/v1/session', { method: 'DELETE' });
    location.assign('/signin.html');
  });
  return me;
}

// Small builders for the tables of the account pages.

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '—';
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function button(label, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

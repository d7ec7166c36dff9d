'use strict';
// Trades an API key for the HttpOnly session cookie, then goes to where the user was headed.
const form = document.getElementById('signin');
const input = document.getElementById('api-key');
const error = document.getElementById('api-key-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const key = input.value.trim();
  if (!key) {
    error.textContent = 'Paste your API key.';
    input.focus();
    return;
  }
  const button = document.getElementById('signin-button');
  button.disabled = true;
  try {
    const response = await fetch('/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ api_key: key }),
    });
    if (response.ok) {
      input.value = '';
      const next = new URLSearchParams(location.search).get('next');
      // Only same-site paths: never follow a next= to another origin.
      location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
      return;
    }
    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.detail || 'Sign-in failed (' + response.status + ').';
    input.select();
  } catch (e) {
    error.textContent = 'ArtGen is not reachable. Try again in a moment.';
  } finally {
    button.disabled = false;
  }
});

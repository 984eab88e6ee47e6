import { api, retryDelay } from '../api.js';
import { el, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { signedIn, navigate } from '../app.js';

const SIGN_IN_TRIES = 20;

export function loginPage() {
  const form = el('form', { id: 'login-form', class: 'card narrow', novalidate: true },
    el('h1', { text: t('login.title') }),
    el('p', { class: 'muted', text: t('login.intro') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('login.username'),
      el('input', { name: 'username', id: 'username', autocomplete: 'username', required: true })),
    el('label', {}, t('login.password'),
      el('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    el('button', { type: 'submit', id: 'login-submit', text: t('login.submit') }),
    el('p', { class: 'login-links' },
      el('a', { href: '#/activate', id: 'activate-link', text: t('login.activate') }),
      el('a', { href: '#/forgot', id: 'forgot-link', text: t('login.forgot') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    const data = Object.fromEntries(new FormData(form));
    // On exam morning the server answers part of a sign-in wave 503 with Retry-After before doing
    // anything: the message says so, and the form tries again by itself.
    for (let tries = 1; ; tries++) {
      try {
        signedIn(await api('POST', 'auth/login', data));
        navigate('/');
        return;
      } catch (e) {
        showErrors(form, e, t);
        if (e.status !== 503 || e.retryAfter == null || tries >= SIGN_IN_TRIES) break;
        await new Promise((resolve) => { setTimeout(resolve, retryDelay(e, 3000)); });
      }
    }
    button.disabled = false;
  });
  return form;
}

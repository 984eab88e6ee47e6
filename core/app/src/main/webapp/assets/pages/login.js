import { api } from '../api.js';
import { el, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { signedIn, navigate } from '../app.js';

export function loginPage() {
  const form = el('form', { id: 'login-form', class: 'card narrow', novalidate: true },
    el('h1', { text: t('login.title') }),
    el('p', { class: 'muted', text: t('login.intro') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('login.username'),
      el('input', { name: 'username', id: 'username', autocomplete: 'username', required: true })),
    el('label', {}, t('login.password'),
      el('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    el('button', { type: 'submit', id: 'login-submit', text: t('login.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const data = Object.fromEntries(new FormData(form));
      signedIn(await api('POST', 'auth/login', data));
      navigate('/');
    } catch (e) {
      showErrors(form, e, t);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

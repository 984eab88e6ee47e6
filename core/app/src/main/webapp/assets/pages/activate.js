// Public pages beside the sign-in form: activating an imported account with the code from a slip,
// asking for a password-reset link, and setting a new password with that link.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { signedIn, navigate } from '../app.js';

/** Two password inputs that must match: checked here, before the server hashes anything. */
function newPasswordFields() {
  return [
    el('label', {}, t('activate.password'),
      el('input', { name: 'password', id: 'new-password', type: 'password', autocomplete: 'new-password', required: true }),
      el('small', { class: 'muted', text: t('profile.passwordRule') })),
    el('label', {}, t('activate.passwordAgain'),
      el('input', { name: 'passwordAgain', id: 'new-password-again', type: 'password', autocomplete: 'new-password', required: true })),
  ];
}

function mismatch(form) {
  const data = new FormData(form);
  if (data.get('password') === data.get('passwordAgain')) return false;
  showErrors(form, { message: t('activate.mismatch'), fieldErrors: [{ field: 'passwordAgain', message: t('activate.mismatch') }] }, t);
  return true;
}

function backToSignIn() {
  return el('p', {}, el('a', { href: '#/login', id: 'back-to-login', text: t('activate.backToLogin') }));
}

export function activatePage() {
  const form = el('form', { id: 'activate-form', class: 'card narrow', novalidate: true },
    el('h1', { text: t('activate.title') }),
    el('p', { class: 'muted', text: t('activate.intro') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    el('label', {}, t('user.nip'),
      el('input', { name: 'nip', id: 'activate-nip', inputmode: 'numeric', autocomplete: 'username', maxlength: '22', required: true })),
    el('label', {}, t('activate.code'),
      el('input', { name: 'code', id: 'activate-code', autocomplete: 'one-time-code', autocapitalize: 'characters', spellcheck: 'false', placeholder: 'XXXXX-XXXXX', maxlength: '20', required: true })),
    ...newPasswordFields(),
    el('button', { type: 'submit', id: 'activate-submit', text: t('activate.submit') }),
    backToSignIn());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (mismatch(form)) return;
    const data = new FormData(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      signedIn(await api('POST', 'auth/activation', { nip: data.get('nip').trim(), code: data.get('code'), password: data.get('password') }));
      navigate('/');
    } catch (e) {
      showErrors(form, e, t);
      button.disabled = false;
    }
  });
  return form;
}

export function forgotPage() {
  const form = el('form', { id: 'forgot-form', class: 'card narrow', novalidate: true },
    el('h1', { text: t('forgot.title') }),
    el('p', { class: 'muted', text: t('forgot.intro') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    el('label', {}, t('forgot.identifier'),
      el('input', { name: 'identifier', id: 'forgot-identifier', autocomplete: 'username', required: true })),
    el('button', { type: 'submit', id: 'forgot-submit', text: t('forgot.submit') }),
    el('p', { class: 'muted', text: t('forgot.noEmail') }),
    backToSignIn());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const answer = await api('POST', 'auth/password-reset', { identifier: new FormData(form).get('identifier').trim() });
      form.querySelector('.form-message').replaceChildren(message(answer.message, 'notice'));
    } catch (e) {
      showErrors(form, e, t);
    }
    button.disabled = false;
  });
  return form;
}

export function resetPage(token) {
  const form = el('form', { id: 'reset-form', class: 'card narrow', novalidate: true },
    el('h1', { text: t('reset.title') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    ...newPasswordFields(),
    el('button', { type: 'submit', id: 'reset-submit', text: t('reset.submit') }),
    el('p', {}, el('a', { href: '#/forgot', text: t('reset.again') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (mismatch(form)) return;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      signedIn(await api('POST', 'auth/password-reset/confirm', { token, password: new FormData(form).get('password') }));
      navigate('/');
    } catch (e) {
      showErrors(form, e, t);
      button.disabled = false;
    }
  });
  return form;
}

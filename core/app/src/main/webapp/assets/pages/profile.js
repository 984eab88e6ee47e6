import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';

const FIELDS = ['nip', 'name', 'email', 'instansi', 'unitKerja', 'jabatan', 'golongan', 'regionName'];

/** The signed-in person's data and a password change form. */
export async function profilePage() {
  const me = await api('GET', 'me');
  const facts = el('dl', { class: 'facts', id: 'profile' },
    FIELDS.filter((f) => me[f]).flatMap((f) => [el('dt', { text: t(`user.${f}`) }), el('dd', { text: me[f] })]),
    el('dt', { text: t('user.roles') }), el('dd', { text: me.roles.map((r) => t(`role.${r}`)).join(', ') }));
  const form = el('form', { id: 'password-form', class: 'card narrow', novalidate: true },
    el('h2', { text: t('profile.changePassword') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('profile.currentPassword'),
      el('input', { name: 'currentPassword', type: 'password', autocomplete: 'current-password' })),
    el('label', {}, t('profile.newPassword'),
      el('input', { name: 'newPassword', type: 'password', autocomplete: 'new-password' }),
      el('small', { class: 'muted', text: t('profile.passwordRule') })),
    el('button', { type: 'submit', text: t('profile.save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', 'me/password', Object.fromEntries(new FormData(form)));
      form.reset();
      form.querySelector('.form-message').replaceChildren(message(t('profile.passwordChanged'), 'notice'));
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return el('section', {}, el('h1', { text: t('profile.title') }), facts, form);
}

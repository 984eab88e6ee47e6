import { api } from '../api.js';
import { session } from '../app.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';

const FIELDS = ['nip', 'name', 'email', 'instansi', 'unitKerja', 'jabatan', 'golongan', 'regionName'];

/** The signed-in person's data, a password change form, and their sessions and tokens. */
export async function profilePage() {
  const me = await api('GET', 'me');
  const facts = el('dl', { class: 'facts', id: 'profile' },
    FIELDS.filter((f) => me[f]).flatMap((f) => [el('dt', { text: t(`user.${f}`) }), el('dd', { text: me[f] })]),
    el('dt', { text: t('user.roles') }), el('dd', { text: me.roles.map((r) => t(`role.${r}`)).join(', ') }));
  const sessions = el('section', { id: 'sessions', class: 'card' });
  const form = el('form', { id: 'password-form', class: 'card narrow', novalidate: true },
    el('h2', { text: t('profile.changePassword') }),
    el('div', { class: 'form-message' },
      me.mustChangePassword ? message(t('profile.mustChangePassword'), 'notice') : null),
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
      if (session.user) session.user.mustChangePassword = false;
      form.querySelector('.form-message').replaceChildren(message(t('profile.passwordChanged'), 'notice'));
      await listSessions(sessions);
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  // someone who must replace a handed-out password can do nothing else first
  if (!me.mustChangePassword) await listSessions(sessions);
  return el('section', {}, el('h1', { text: t('profile.title') }), facts, form,
    me.mustChangePassword ? null : sessions);
}

/** My browser sessions and API tokens, each with a button that ends it at once. */
async function listSessions(section) {
  const mine = await api('GET', 'me/sessions');
  const rows = mine.map((s) => el('tr', {},
    el('td', { text: t(`profile.kind.${s.kind}`) + (s.label ? ` (${s.label})` : '') }),
    el('td', { text: when(s.createdAt) }),
    el('td', { text: when(s.expiresAt) }),
    el('td', {}, s.current
      ? el('span', { class: 'muted', text: t('profile.thisSession') })
      : el('button', {
        type: 'button',
        class: 'link',
        text: t('profile.revoke'),
        onclick: async () => {
          try {
            await api('DELETE', `me/sessions/${encodeURIComponent(s.id)}`);
          } catch (e) {
            if (e.status !== 404) { section.prepend(message(e.message)); return; }
          }
          await listSessions(section);
        },
      }))));
  section.replaceChildren(
    el('h2', { text: t('profile.sessions') }),
    el('p', { class: 'muted', text: t('profile.sessionsHelp') }),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'session-list' },
      el('thead', {}, el('tr', {},
        el('th', { text: t('profile.sessionKind') }),
        el('th', { text: t('profile.sessionCreated') }),
        el('th', { text: t('profile.sessionExpires') }),
        el('th', {}))),
      el('tbody', {}, ...rows))));
}

function when(instant) {
  return new Date(instant).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID',
    { dateStyle: 'medium', timeStyle: 'short' });
}

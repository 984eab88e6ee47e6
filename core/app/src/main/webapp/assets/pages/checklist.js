// The first-run checklist on an admin's home page: the steps that put a region to work, each
// ticked from what the server already holds, until all are done or the admin hides it.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';

const hiddenKey = () => `latih.checklist.hidden.${session.user.id}`;

async function total(path) {
  return (await api('GET', path)).totalItems;
}

/** The steps for this admin, each { key, done, href }; the system admin also names regional admins. */
async function steps() {
  const system = session.has('SYSTEM_ADMIN');
  const [admins, learners, waiting, plugins, cohorts] = await Promise.all([
    system ? total('users?role=REGIONAL_ADMIN&size=1') : 1,
    total('users?role=LEARNER&size=1'),
    total('users?activated=false&active=true&size=1'),
    api('GET', 'plugins'),
    total('attendance/cohorts?size=1'),
  ]);
  return [
    system ? { key: 'admins', done: admins > 0, href: '#/admin/users/new' } : null,
    { key: 'import', done: learners > 0, href: '#/admin/users/import' },
    { key: 'activation', done: learners > 0 && waiting === 0, href: '#/admin/users/activation' },
    { key: 'plugin', done: plugins.length > 0, href: '#/admin/plugins' },
    { key: 'cohort', done: cohorts > 0, href: '#/courses' },
  ].filter(Boolean);
}

export async function firstRunChecklist() {
  if (localStorage.getItem(hiddenKey())) return null;
  const list = await steps();
  const done = list.filter((s) => s.done).length;
  if (done === list.length) return null;
  const box = el('section', { class: 'card checklist', id: 'checklist', 'aria-labelledby': 'checklist-title' },
    el('h2', { id: 'checklist-title', text: t('checklist.title') }),
    el('p', { class: 'muted', text: t('checklist.progress', done, list.length) }),
    el('ol', {}, list.map((s) => el('li', { class: s.done ? 'done' : '', 'data-step': s.key },
      el('span', { class: 'tick', 'aria-hidden': 'true', text: s.done ? '✓' : '○' }), ' ',
      s.done ? el('span', { text: t(`checklist.${s.key}`) }) : el('a', { href: s.href, text: t(`checklist.${s.key}`) }),
      el('span', { class: 'sr-only', text: s.done ? t('checklist.done') : t('checklist.todo') }),
      el('span', { class: 'muted checklist-help', text: t(`checklist.${s.key}Help`) })))));
  const hide = el('button', { type: 'button', class: 'link', id: 'checklist-hide', text: t('checklist.hide') });
  hide.addEventListener('click', () => { localStorage.setItem(hiddenKey(), '1'); box.remove(); });
  box.append(hide);
  return box;
}

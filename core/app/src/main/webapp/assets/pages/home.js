import { el } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { courseTiles } from '../course/routes.js';
import { homeSections } from '../extensions.js';

/** The landing page: who you are, and where your roles let you go. */
export async function homePage() {
  const user = session.user;
  const shortcuts = courseTiles(session);
  if (session.has('SYSTEM_ADMIN', 'REGIONAL_ADMIN')) {
    shortcuts.push(el('a', { class: 'tile', href: '#/admin/users', text: t('home.manageUsers') }));
    shortcuts.push(el('a', { class: 'tile', href: '#/admin/users/import', text: t('home.importUsers') }));
  }
  shortcuts.push(el('a', { class: 'tile', href: '#/profile', text: t('home.profile') }));
  return el('section', {},
    el('h1', { id: 'welcome', text: t('home.welcome', user.name) }),
    el('p', { class: 'muted' },
      user.roles.map((r) => t(`role.${r}`)).join(', '),
      user.regionName ? ` · ${user.regionName}` : ''),
    // a module that fails to load its part must not take the home page with it
    ...(await Promise.all(homeSections.map((section) => section().catch(() => null)))),
    el('div', { class: 'tiles' }, shortcuts));
}

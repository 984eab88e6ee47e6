// The search module's pages and links, registered by the shell (app.js).
import { t } from '../i18n.js';
import { lazy } from '../lazy.js';

export const searchRoutes = [
  // the search state lives in the hash after a "?" (#/search?q=…&page=2); the router matches the
  // whole hash, so the query string is allowed here (and not captured: searchPage reads the hash)
  { path: /^\/search(?:\?.*)?$/, page: lazy(() => import('./search.js'), 'searchPage') },
  { path: /^\/admin\/search$/, page: lazy(() => import('./rebuild.js'), 'rebuildPage'), roles: ['SYSTEM_ADMIN'] },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function searchLinks(session) {
  const links = [['#/search', t('nav.search')]];
  if (session.has('SYSTEM_ADMIN')) links.push(['#/admin/search', t('nav.searchIndex'), 'admin']);
  return links;
}

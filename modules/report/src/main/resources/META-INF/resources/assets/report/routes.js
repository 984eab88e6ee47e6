// The report module's pages and links, registered by the shell (app.js).
import { t } from '../i18n.js';
import { lazy } from '../lazy.js';

const STAFF = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'EVALUATOR'];
const exportsPage = () => import('./exports.js');

export const reportRoutes = [
  { path: /^\/report\/exports$/, page: lazy(exportsPage, 'exportsPage'), roles: STAFF },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function reportLinks(session) {
  const links = [];
  if (session.has(...STAFF)) links.push(['#/report/exports', t('nav.reportExports'), 'evaluate']);
  return links;
}

// The report module's pages and links, registered by the shell (app.js).
import { t } from '../i18n.js';
import { lazy } from '../lazy.js';

const REPORT_ROLES = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'EVALUATOR'];

export const reportRoutes = [
  { path: /^\/report\/outcomes$/, page: lazy(() => import('./dashboard.js'), 'dashboardPage'), roles: REPORT_ROLES },
  { path: /^\/report\/jp$/, page: lazy(() => import('./compliance.js'), 'compliancePage'), roles: REPORT_ROLES },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function reportLinks(session) {
  const links = [];
  if (session.has(...REPORT_ROLES)) links.push(['#/report/outcomes', t('nav.reportDashboard'), 'evaluate'], ['#/report/jp', t('nav.jpCompliance'), 'evaluate']);
  return links;
}

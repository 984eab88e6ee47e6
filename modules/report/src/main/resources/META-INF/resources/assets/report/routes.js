// The report module's pages and links, registered by the shell (app.js).
import { lazy } from '../lazy.js';
import { t } from '../i18n.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];
const STAFF = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'EVALUATOR', 'INSTRUCTOR'];
const REPORTERS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'EVALUATOR'];

const verify = lazy(() => import('./verify.js'), 'verifyPage');
const documents = () => import('./documents.js');
const exportsPage = () => import('./exports.js');

/** Pages anyone may open without signing in: the verification a certificate's QR code leads to. */
export const reportPublicRoutes = [
  { path: /^\/verify\/([a-z2-7]{1,64})$/, page: verify },
];

export const reportRoutes = [
  ...reportPublicRoutes,
  { path: /^\/certificates$/, page: lazy(() => import('./certificates.js'), 'certificatesPage') },
  { path: /^\/admin\/letterhead$/, page: lazy(documents, 'letterheadPage'), roles: ADMINS },
  { path: /^\/admin\/certificates$/, page: lazy(documents, 'regionCertificatesPage'), roles: STAFF },
  { path: /^\/report\/outcomes$/, page: lazy(() => import('./dashboard.js'), 'dashboardPage'), roles: REPORTERS },
  { path: /^\/report\/jp$/, page: lazy(() => import('./compliance.js'), 'compliancePage'), roles: REPORTERS },
  { path: /^\/report\/exports$/, page: lazy(exportsPage, 'exportsPage'), roles: REPORTERS },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function reportLinks(session) {
  const links = [['#/certificates', t('nav.certificates')]];
  if (session.has(...STAFF)) links.push(['#/admin/certificates', t('nav.regionCertificates'), session.has(...ADMINS) ? 'admin' : 'evaluate']);
  if (session.has(...ADMINS)) links.push(['#/admin/letterhead', t('nav.letterhead'), 'admin']);
  if (session.has(...REPORTERS)) {
    links.push(['#/report/outcomes', t('nav.reportDashboard'), 'evaluate'], ['#/report/jp', t('nav.jpCompliance'), 'evaluate'], ['#/report/exports', t('nav.reportExports'), 'evaluate']);
  }
  return links;
}

// The evaluation module's pages and links, registered by the shell (app.js).
import { t } from '../i18n.js';
import { formsPage } from './forms.js';
import { fillPage } from './fill.js';
import { reportsPage, reportPage } from './reports.js';
import { REPORT_ROLES } from './common.js';

export const evaluationRoutes = [
  { path: /^\/evaluation$/, page: formsPage },
  // pluginId, formId and, when filling in for a completed course, its code
  { path: /^\/evaluation\/([a-z0-9-]+)\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/, page: fillPage },
  { path: /^\/reports$/, page: reportsPage, roles: REPORT_ROLES },
  { path: /^\/reports\/([a-z0-9-]+)\/([a-z0-9-]+)$/, page: reportPage, roles: REPORT_ROLES },
];

/** Navigation links for the signed-in person's roles. */
export function evaluationLinks(session) {
  const links = [['#/evaluation', t('nav.evaluation')]];
  if (session.has(...REPORT_ROLES)) links.push(['#/reports', t('nav.reports')]);
  return links;
}

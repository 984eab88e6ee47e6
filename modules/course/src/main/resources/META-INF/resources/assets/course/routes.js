// The course module's pages, links and home tiles, registered by the shell (app.js).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { cataloguePage } from './catalogue.js';
import { coursePage, courseEditPage } from './course.js';
import { lessonPage } from './lesson.js';
import { myCoursesPage, transcriptPage } from './learning.js';
import { packageUploadPage, cohortsPage } from './admin.js';

const STAFF = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'INSTRUCTOR'];
const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

export const courseRoutes = [
  { path: /^\/courses$/, page: cataloguePage },
  { path: /^\/courses\/([a-z0-9-]+)$/, page: coursePage },
  { path: /^\/courses\/([a-z0-9-]+)\/lessons\/([A-Za-z0-9_-]+)$/, page: lessonPage },
  { path: /^\/my\/courses$/, page: myCoursesPage },
  { path: /^\/my\/transcript$/, page: transcriptPage },
  { path: /^\/admin\/courses\/upload$/, page: packageUploadPage, roles: STAFF },
  { path: /^\/admin\/courses\/([a-z0-9-]+)\/edit$/, page: courseEditPage, roles: STAFF },
  { path: /^\/admin\/courses\/([a-z0-9-]+)\/cohorts$/, page: cohortsPage, roles: ADMINS },
];

/** Navigation links for the signed-in person's roles. */
export function courseLinks(session) {
  const links = [['#/courses', t('nav.catalogue')], ['#/my/courses', t('nav.myCourses')], ['#/my/transcript', t('nav.transcript')]];
  if (session.has(...STAFF)) links.push(['#/admin/courses/upload', t('nav.coursePackages')]);
  return links;
}

export function courseTiles(session) {
  const tiles = [
    el('a', { class: 'tile', href: '#/my/courses', text: t('home.myCourses') }),
    el('a', { class: 'tile', href: '#/courses', text: t('home.catalogue') }),
    el('a', { class: 'tile', href: '#/my/transcript', text: t('home.transcript') }),
  ];
  if (session.has(...STAFF)) tiles.push(el('a', { class: 'tile', href: '#/admin/courses/upload', text: t('home.uploadPackage') }));
  return tiles;
}

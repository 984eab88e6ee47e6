// The course module's pages, links and home tiles, registered by the shell (app.js).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { lazy } from '../lazy.js';

const STAFF = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'INSTRUCTOR'];
const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

const course = () => import('./course.js');
const learning = () => import('./learning.js');
const admin = () => import('./admin.js');

export const courseRoutes = [
  { path: /^\/courses$/, page: lazy(() => import('./catalogue.js'), 'cataloguePage') },
  { path: /^\/courses\/([a-z0-9-]+)$/, page: lazy(course, 'coursePage') },
  { path: /^\/courses\/([a-z0-9-]+)\/lessons\/([A-Za-z0-9_-]+)$/, page: lazy(() => import('./lesson.js'), 'lessonPage') },
  { path: /^\/my\/courses$/, page: lazy(learning, 'myCoursesPage') },
  { path: /^\/my\/transcript$/, page: lazy(learning, 'transcriptPage') },
  { path: /^\/admin\/courses\/upload$/, page: lazy(admin, 'packageUploadPage'), roles: STAFF },
  { path: /^\/admin\/courses\/([a-z0-9-]+)\/edit$/, page: lazy(course, 'courseEditPage'), roles: STAFF },
  { path: /^\/admin\/courses\/([a-z0-9-]+)\/cohorts$/, page: lazy(admin, 'cohortsPage'), roles: ADMINS },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function courseLinks(session) {
  const links = [['#/courses', t('nav.catalogue')], ['#/my/courses', t('nav.myCourses')], ['#/my/transcript', t('nav.transcript')]];
  if (session.has(...STAFF)) links.push(['#/admin/courses/upload', t('nav.coursePackages'), 'teach']);
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

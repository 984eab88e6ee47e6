// The evaluation module's pages and links, registered by the shell (app.js).
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { cohortCardLinks, courseSteps, homeSections } from '../extensions.js';
import { lazy } from '../lazy.js';
import { BUILDER_ROLES, REPORT_ROLES, fillHref } from './common.js';

const forms = () => import('./forms.js');
const builder = () => import('./builder.js');
const reports = () => import('./reports.js');
const attendance = () => import('./attendance.js');
const plans = () => import('./plans.js');

export const evaluationRoutes = [
  { path: /^\/evaluation$/, page: lazy(forms, 'formsPage') },
  { path: /^\/evaluation\/builder$/, page: lazy(builder, 'builderListPage'), roles: BUILDER_ROLES },
  { path: /^\/evaluation\/builder\/([a-z0-9-]+)$/, page: lazy(builder, 'builderEditPage'), roles: BUILDER_ROLES },
  // source (plugin id or local), formId and, when filling in for a course, its code and the
  // occasion (session-ID, person-ID, cohort-ID) when there is one
  { path: /^\/evaluation\/([a-z0-9-]+)\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?(?:\/([a-z0-9-]+))?$/, page: lazy(() => import('./fill.js'), 'fillPage') },
  { path: /^\/plans$/, page: () => lazy(plans, 'plansPage')(null, null) },
  // the plan form of one completed course, or the follow-up form of one plan naming me
  { path: /^\/plans\/staff\/(\d+)$/, page: lazy(plans, 'followUpPage') },
  { path: /^\/plans\/([a-z0-9-]+)$/, page: lazy(plans, 'planForCoursePage') },
  { path: /^\/reports$/, page: lazy(reports, 'reportsPage'), roles: REPORT_ROLES },
  { path: /^\/reports\/([a-z0-9-]+)\/([a-z0-9-]+)$/, page: lazy(reports, 'reportPage'), roles: REPORT_ROLES },
  // staff see the region's cohorts and rates there; everyone sees their own attendance
  { path: /^\/attendance$/, page: lazy(attendance, 'attendancePage') },
  { path: /^\/attendance\/cohorts\/(\d+)$/, page: lazy(attendance, 'cohortAttendancePage'), roles: REPORT_ROLES },
  { path: /^\/attendance\/sessions\/(\d+)$/, page: lazy(attendance, 'sheetPage'), roles: REPORT_ROLES },
  { path: /^\/indicators$/, page: lazy(() => import('./indicators.js'), 'indicatorsPage'), roles: REPORT_ROLES },
];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function evaluationLinks(session) {
  const links = [['#/evaluation', t('nav.evaluation')], ['#/plans', t('nav.plans')], ['#/attendance', t('nav.attendance')]];
  if (session.has(...REPORT_ROLES)) links.push(['#/reports', t('nav.reports'), 'evaluate'], ['#/indicators', t('nav.indicators'), 'evaluate']);
  return links;
}

/** The home page's reminder: forms still waiting for one's answer, each a link to fill it in. */
homeSections.push(async () => {
  const forms = await api('GET', 'evaluation/forms');
  const waiting = forms.flatMap((f) => f.pending.map((p) => ({ ...p, pluginId: f.pluginId, form: f.form })));
  if (waiting.length === 0) return null;
  // grouped by course: a learner with several courses and per-session forms had a list of 16
  const courses = new Map();
  for (const w of waiting) {
    const key = w.courseTitle || '';
    if (!courses.has(key)) courses.set(key, []);
    courses.get(key).push(w);
  }
  const link = (w) => el('a', {
    href: fillHref(w.pluginId, w.form.id, w.course, w.about),
    text: w.aboutLabel ? t('evaluation.reminderAbout', w.form.title, w.courseTitle, w.aboutLabel) : t('evaluation.reminderItem', w.form.title, w.courseTitle),
  });
  return el('aside', { class: 'card reminder', id: 'evaluation-reminders', 'aria-label': t('evaluation.reminderTitle') },
    el('h2', { text: t('evaluation.reminderTitle') }),
    courses.size === 1
      ? el('ul', {}, waiting.map((w) => el('li', {}, link(w))))
      : [...courses].map(([title, forms], i) => el('details', { class: 'reminder-course', open: i === 0 },
        el('summary', { text: t('evaluation.reminderCourse', title || t('evaluation.reminderNoCourse'), forms.length) }),
        el('ul', {}, forms.map((w) => el('li', {}, link(w)))))));
});

/** A step of the way through a course: its forms still waiting for one's answer, after the tests. */
courseSteps.push({
  order: 40,
  step: async (detail) => {
    const code = detail.course.code;
    let forms;
    try {
      forms = await api('GET', 'evaluation/forms');
    } catch (e) {
      return null; // the forms page says what went wrong; the way through goes on without them
    }
    for (const f of forms) {
      const p = f.pending.find((w) => w.course === code);
      if (p) return { id: 'form', label: t('step.form', f.form.title), href: fillHref(f.pluginId, f.form.id, p.course, p.about) };
    }
    return null;
  },
});

/** Each cohort's card on the course's cohorts page links to its sessions and attendance. */
cohortCardLinks.push((cohort) => el('a', {
  class: 'button secondary cohort-attendance', href: `#/attendance/cohorts/${cohort.id}`, text: t('attendance.cohortLink'),
}));

/** The home page's reminder of action plans to write and of staff's plans due for follow-up. */
homeSections.push(lazy(plans, 'planReminders'));

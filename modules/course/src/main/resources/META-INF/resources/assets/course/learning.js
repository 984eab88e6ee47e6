// A learner's own pages: the courses they are enrolled in, and their JP transcript.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { formatDate, progressBar } from './widgets.js';

export async function myCoursesPage() {
  const courses = await api('GET', 'me/courses');
  return el('section', {},
    el('h1', { text: t('my.title') }),
    courses.length === 0
      ? el('p', { class: 'muted' }, t('my.none'), ' ', el('a', { href: '#/courses', text: t('home.catalogue') }))
      : el('ul', { class: 'course-cards', id: 'my-courses' }, courses.map((c) => el('li', { class: 'card' },
        el('h2', {}, el('a', { href: `#/courses/${c.course}`, text: c.title })),
        progressBar(c.percent, t('course.progress', c.percent)),
        el('p', { class: 'muted', text: c.completedAt ? t('my.completed', formatDate(c.completedAt)) : t('my.enrolledOn', formatDate(c.enrolledAt)) }),
        c.cohort ? el('p', { class: 'muted', text: t('course.inCohort', c.cohort) }) : null))));
}

export async function transcriptPage() {
  const transcript = await api('GET', 'me/transcript');
  const percent = Math.min(100, Math.round((transcript.jpThisYear * 100) / transcript.target));
  const reached = transcript.jpThisYear >= transcript.target;
  return el('section', {},
    el('h1', { text: t('transcript.title') }),
    el('p', {}, el('a', { href: 'api/v1/me/transcript.pdf', download: '', id: 'transcript-download', class: 'button secondary', text: t('transcript.download') })),
    el('div', { class: 'card gauge-card' },
      el('h2', { text: t('transcript.thisYear', transcript.currentYear) }),
      el('p', { class: 'gauge-figure', id: 'jp-this-year' },
        el('strong', { text: String(transcript.jpThisYear) }), ` / ${transcript.target} JP`),
      progressBar(percent, t('transcript.gauge', transcript.jpThisYear, transcript.target), 'jp-gauge'),
      el('p', { class: reached ? 'message notice' : 'muted',
        text: reached ? t('transcript.reached') : t('transcript.remaining', transcript.target - transcript.jpThisYear) })),
    transcript.years.length > 1 || (transcript.years.length === 1 && transcript.years[0].year !== transcript.currentYear)
      ? el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'jp-years' },
        el('caption', { text: t('transcript.perYear') }),
        el('thead', {}, el('tr', {}, ['transcript.year', 'transcript.jp', 'transcript.ofTarget'].map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, transcript.years.map((y) => el('tr', {},
          el('td', { text: String(y.year) }), el('td', { text: String(y.jp) }), el('td', { text: `${y.percentOfTarget}%` }))))))
      : null,
    el('h2', { text: t('transcript.courses') }),
    transcript.courses.length === 0
      ? el('p', { class: 'muted', text: t('transcript.none') })
      : el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'transcript-courses' },
        el('thead', {}, el('tr', {}, ['transcript.course', 'transcript.completedOn', 'transcript.jp'].map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, transcript.courses.map((c) => el('tr', {},
          el('td', {}, el('a', { href: `#/courses/${c.course}`, text: c.title })),
          el('td', { text: c.completedOn }),
          el('td', { text: String(c.jp) })))))));
}

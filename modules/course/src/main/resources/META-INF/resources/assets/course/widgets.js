// Small pieces the course pages share: progress bars, badges, pagers.
import { el } from '../dom.js';
import { t } from '../i18n.js';

/** A labelled progress bar; the label is the accessible value as well. */
export function progressBar(percent, label, id) {
  const value = Math.max(0, Math.min(100, percent ?? 0));
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${value}%`; // through CSSOM: the CSP forbids inline style attributes
  return el('div', { class: 'progress', id },
    el('div', { class: 'progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label }, fill),
    el('span', { class: 'progress-label', text: label }));
}

export function courseFacts(course) {
  return el('p', { class: 'muted course-facts' },
    el('span', { class: 'badge', text: t(`competency.${course.competencyType}`) }), ' ',
    t('course.jp', course.jp), ' · ', t('course.lessonCount', course.lessons),
    course.regionName ? ` · ${course.regionName}` : ` · ${t('course.shared')}`,
    course.published ? '' : el('span', { class: 'badge draft', text: t('course.draft') }));
}

export function pager(page, go, unit = 'common.pageOf') {
  // an empty fragment, not null: callers pass it to replaceChildren, which would print "null"
  if (page.totalPages <= 1) return document.createDocumentFragment();
  return el('nav', { class: 'pager', 'aria-label': t('common.pages') },
    el('button', { type: 'button', disabled: page.page <= 1, onclick: () => go(page.page - 1), text: t('common.previous') }),
    el('span', { text: t(unit, page.page, page.totalPages, page.totalItems) }),
    el('button', { type: 'button', disabled: page.page >= page.totalPages, onclick: () => go(page.page + 1), text: t('common.next') }));
}

export function formatDate(instant) {
  if (!instant) return '';
  // a date alone (2026-12-03) is that day wherever the browser is, not UTC midnight
  const day = /^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T12:00:00` : instant;
  return new Date(day).toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID',
    { day: 'numeric', month: 'long', year: 'numeric' });
}

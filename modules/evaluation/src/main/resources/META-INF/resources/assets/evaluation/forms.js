// The evaluation forms the signed-in person can fill in: each occasion it was issued on (a completed
// course, an attended session, …) still waiting for an answer, and those already answered. Staff who read reports can open a form's answer summary here.
// Form texts come from plugins: they only ever go in as text, never as markup.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { BUILDER_ROLES, REPORT_ROLES, audienceText, barChart, errorText, fillHref, formatNumber, timingText } from './common.js';
import { assignmentsPanel } from './assignments.js';

export async function formsPage() {
  const entries = (await api('GET', 'evaluation/forms')) || [];
  const staff = session.has(...REPORT_ROLES);
  const waiting = entries.reduce((n, e) => n + (e.pending?.length || 0), 0);
  const list = el('ul', { id: 'evaluation-forms', class: 'evaluation-forms', 'aria-label': t('evaluation.formsTitle') },
    entries.map((entry) => el('li', {}, formCard(entry, staff))));
  return el('section', { class: 'evaluation-page' },
    el('h1', { text: t('evaluation.formsTitle') }),
    el('p', { class: 'muted', text: t('evaluation.formsIntro') }),
    session.has(...BUILDER_ROLES) ? el('p', {}, el('a', { class: 'button secondary', id: 'builder-link', href: '#/evaluation/builder', text: t('builder.title') })) : null,
    waiting > 0 ? message(waiting === 1 ? t('evaluation.waitingOne') : t('evaluation.waiting', waiting), 'notice') : null,
    entries.length === 0 ? el('p', { id: 'evaluation-none', class: 'card muted', text: t('evaluation.noForms') }) : null,
    list);
}

function formCard({ pluginId, form, pending = [], done = [], canFill = true }, staff) {
  const timing = timingText(form.timing);
  const headingId = `evaluation-form-${pluginId}-${form.id}`;
  return el('article', { class: 'card evaluation-card', 'data-plugin': pluginId, 'data-form': form.id, 'aria-labelledby': headingId },
    el('h2', { id: headingId, class: 'evaluation-card-title', text: form.title || form.id }),
    form.description ? el('p', { class: 'evaluation-card-description', text: form.description }) : null,
    el('p', { class: 'muted evaluation-facts' },
      el('span', { class: 'badge audience', text: audienceText(form.audience) }),
      timing ? ` ${timing}` : null),
    form.anonymous ? el('p', { class: 'evaluation-anonymous', text: t('evaluation.anonymousNote') }) : null,
    pending.length > 0 ? reminders(pluginId, form, pending) : null,
    done.length > 0 ? answered(pluginId, form, done) : null,
    // a form is answered only on an occasion it was issued on, so only through a reminder
    canFill && pending.length === 0 && done.length === 0
      ? el('p', { class: 'muted evaluation-not-issued', text: t('evaluation.notIssuedYet') })
      : null,
    staff ? summaryPanel(pluginId, form) : null,
    session.has(...BUILDER_ROLES) ? assignmentsPanel(pluginId, form) : null);
}

function reminders(pluginId, form, pending) {
  const id = `evaluation-pending-${pluginId}-${form.id}`;
  return el('div', { class: 'evaluation-pending' },
    el('h3', { id, text: t('evaluation.pendingTitle', pending.length) }),
    el('ul', { class: 'pending-list', 'aria-labelledby': id }, pending.map((p) => el('li', { class: 'pending-item' },
      el('span', { class: 'pending-course', text: p.aboutLabel ? `${p.courseTitle || p.course} — ${p.aboutLabel}` : (p.courseTitle || p.course) }),
      el('a', {
        class: 'fill-link', href: fillHref(pluginId, form.id, p.course, p.about),
        'aria-label': t('evaluation.fillForCourseLabel', p.courseTitle || p.course), text: t('evaluation.fillForCourse'),
      })))));
}

/** The occasions already answered: shown as done, with nothing left to fill in. */
function answered(pluginId, form, done) {
  const id = `evaluation-done-${pluginId}-${form.id}`;
  return el('div', { class: 'evaluation-answered' },
    el('h3', { id, text: t('evaluation.doneTitle', done.length) }),
    el('ul', { class: 'done-list', 'aria-labelledby': id }, done.map((p) => el('li', { class: 'done-item' },
      el('span', { class: 'done-course', text: p.aboutLabel ? `${p.courseTitle || p.course} — ${p.aboutLabel}` : (p.courseTitle || p.course) }),
      ' ',
      el('span', { class: 'badge done-badge', text: t('evaluation.answeredBadge') })))));
}

/** A button that loads and shows the form's answer summary (staff only). */
function summaryPanel(pluginId, form) {
  const box = el('div', { class: 'evaluation-summary', 'aria-live': 'polite', hidden: true });
  const button = el('button', { type: 'button', class: 'link summary-toggle', 'aria-expanded': 'false', text: t('evaluation.summaryShow') });
  let loaded = false;
  button.addEventListener('click', async () => {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? t('evaluation.summaryHide') : t('evaluation.summaryShow');
    if (!open || loaded) return;
    box.replaceChildren(el('p', { class: 'muted', text: t('evaluation.loading') }));
    try {
      const path = `evaluation/forms/${encodeURIComponent(pluginId)}/${encodeURIComponent(form.id)}/summary`;
      box.replaceChildren(summary(await api('GET', path)));
      loaded = true;
    } catch (e) {
      box.replaceChildren(message(errorText(e)));
    }
  });
  return el('div', { class: 'evaluation-summary-panel' }, button, box);
}

function summary(data) {
  const items = data?.items || [];
  const aspects = data?.aspects || [];
  return el('div', {},
    el('p', { class: 'summary-responses', text: t('evaluation.summaryResponses', data?.responses ?? 0) }),
    aspects.length > 0 ? el('ul', { class: 'summary-aspects' }, aspects.map((a) => el('li', {},
      el('strong', { text: a.aspect }), ' ',
      t('evaluation.summaryAspect', a.mean === null || a.mean === undefined ? '–' : formatNumber(a.mean), a.answers)))) : null,
    items.map((item) => {
      const distribution = Object.entries(item.distribution || {});
      const texts = item.texts || [];
      return el('section', { class: 'summary-item' },
        el('h4', { text: item.text || item.itemId }),
        el('p', { class: 'muted' }, t('evaluation.summaryCount', item.count ?? 0),
          item.mean === null || item.mean === undefined ? '' : ` · ${t('evaluation.summaryMean', formatNumber(item.mean))}`),
        distribution.length > 0
          ? barChart({ labels: distribution.map(([value]) => value), series: [{ name: '', values: distribution.map(([, n]) => n) }], share: true })
          : null,
        texts.length > 0 ? el('ul', { class: 'summary-texts' }, texts.map((text) => el('li', { text: String(text) }))) : null);
    }));
}

// Where a form applies, for the region's admins: the courses and cohorts it is assigned to
// (none means every course of the region), with a small form to add one and buttons to remove.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { errorText } from './common.js';

export function assignmentsPanel(source, form) {
  const base = `evaluation/assignments/${encodeURIComponent(source)}/${encodeURIComponent(form.id)}`;
  const box = el('div', { class: 'assignments', hidden: true });
  const button = el('button', { type: 'button', class: 'link assignments-toggle', 'aria-expanded': 'false', text: t('assign.show') });
  let loaded = false;

  async function draw() {
    const [assigned, courses] = await Promise.all([api('GET', base), api('GET', 'courses?size=100')]);
    const status = el('div', { class: 'form-message', 'aria-live': 'polite' });
    const course = el('select', { name: 'course', class: 'assign-course' },
      el('option', { value: '', text: t('assign.chooseCourse') }),
      (courses?.items || []).map((c) => el('option', { value: c.code, text: c.title })));
    const cohort = el('select', { name: 'cohort', class: 'assign-cohort' }, el('option', { value: '', text: t('assign.allCohorts') }));
    course.addEventListener('change', async () => {
      cohort.replaceChildren(el('option', { value: '', text: t('assign.allCohorts') }));
      if (!course.value) return;
      const cohorts = (await api('GET', `cohorts?course=${encodeURIComponent(course.value)}`)) || [];
      cohorts.forEach((c) => cohort.append(el('option', { value: String(c.id), text: c.name })));
    });
    const add = el('form', { class: 'assign-form' },
      el('label', {}, el('span', { text: t('assign.course') }), course),
      el('label', {}, el('span', { text: t('assign.cohort') }), cohort),
      el('button', { type: 'submit', class: 'secondary', text: t('assign.add') }), status);
    add.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api('POST', base, { course: course.value || null, cohortId: cohort.value ? Number(cohort.value) : null });
        await draw();
      } catch (e) {
        status.replaceChildren(message(errorText(e)));
      }
    });
    box.replaceChildren(
      el('p', { class: 'muted', text: assigned.length === 0 ? t('assign.everywhere') : t('assign.only') }),
      el('ul', { class: 'assignment-list' }, assigned.map((a) => el('li', {},
        a.cohortName ? t('assign.courseCohort', a.courseTitle, a.cohortName) : a.courseTitle, ' ',
        el('button', {
          type: 'button', class: 'link remove-assignment', text: t('assign.remove'),
          onclick: async () => {
            try { await api('DELETE', `${base}/${a.id}`); await draw(); } catch (e) { status.replaceChildren(message(errorText(e))); }
          },
        })))),
      add);
  }

  button.addEventListener('click', async () => {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? t('assign.hide') : t('assign.show');
    if (!open || loaded) return;
    try {
      await draw();
      loaded = true;
    } catch (e) {
      box.replaceChildren(message(errorText(e)));
    }
  });
  return el('div', { class: 'assignments-panel' }, button, box);
}

// A course's page (outline, progress, enrolment) and the course form for its staff.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { navigate, session } from '../app.js';
import { courseFacts, formatDate, progressBar } from './widgets.js';
import { nextStep, stepButton } from './steps.js';
import { coursePageSections } from '../extensions.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

export async function coursePage(code) {
  const detail = await api('GET', `courses/${code}`);
  const { course, progress } = detail;
  const box = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const [step, sections] = await Promise.all([
    nextStep(detail), Promise.all(coursePageSections.map((section) => section(detail)))]);
  return el('section', {},
    el('h1', { id: 'course-title', text: course.title }),
    courseFacts(course),
    el('p', { text: course.description }),
    box,
    progress.enrolled ? enrolled(course, progress, step) : enrolment(detail, box),
    ...sections,
    el('h2', { text: t('course.outline') }),
    el('ol', { class: 'outline', id: 'outline' }, detail.modules.map((m) => el('li', {},
      el('strong', { text: m.title }),
      el('ul', {}, m.lessons.map((l) => el('li', { class: l.finished ? 'done' : '' },
        el('span', { class: 'tick', 'aria-hidden': 'true', text: l.finished ? '✓' : '○' }), ' ',
        progress.enrolled || detail.editable || staff()
          ? el('a', { href: `#/courses/${course.code}/lessons/${l.key}`, text: l.title })
          : el('span', { text: l.title }),
        l.minutes ? el('span', { class: 'muted', text: ` · ${t('course.minutes', l.minutes)}` }) : null,
        l.finished ? el('span', { class: 'sr-only', text: t('lesson.finished') }) : null)))))),
    detail.editable || session.has(...ADMINS) ? staffTools(course, detail.editable) : null);
}

function staff() {
  return session.has('SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'INSTRUCTOR', 'EVALUATOR');
}

/** The enrolled learner's card: progress and the one next step as the main button. */
function enrolled(course, progress, step) {
  return el('div', { class: 'card', id: 'my-progress' },
    progressBar(progress.percent, t('course.progress', progress.percent), 'course-progress'),
    progress.completedAt
      ? el('p', { id: 'course-completed', class: 'message notice', text: t('course.completedOn', formatDate(progress.completedAt), course.jp) })
      : null,
    progress.cohort ? el('p', { class: 'muted', text: t('course.inCohort', progress.cohort) }) : null,
    stepButton(step));
}

function enrolment(detail, box) {
  const { course } = detail;
  if (!course.published) return el('p', { class: 'message notice', text: t('course.notPublishedYet') });
  const open = detail.cohorts.filter((c) => c.open && c.enrolled < c.capacity);
  const choice = el('select', { name: 'cohort', 'aria-label': t('course.cohort') },
    el('option', { value: '', text: t('course.selfPaced') }),
    open.map((c) => el('option', { value: String(c.id), text: t('course.cohortOption', c.name, formatDate(c.startsOn), formatDate(c.endsOn), c.capacity - c.enrolled) })));
  const button = el('button', { type: 'button', id: 'enrol', text: t('course.enrol') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api('POST', `courses/${course.code}/enrolment`, choice.value ? { cohortId: Number(choice.value) } : {});
      navigate(`/courses/${course.code}`);
    } catch (e) {
      box.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
      button.disabled = false;
    }
  });
  return el('div', { class: 'card enrol' }, open.length ? el('label', {}, t('course.cohort'), choice) : null, button);
}

/**
 * Only buttons that lead somewhere for this person: a region's admins run cohorts of every course
 * they see, shared ones included, while editing and exporting are for those who may change it.
 */
function staffTools(course, editable) {
  const admin = session.has(...ADMINS);
  return el('div', { class: 'card staff-tools' },
    el('h2', { text: t('course.staffTools') }),
    admin ? el('p', { class: 'muted', text: editable ? t('cohorts.help') : t('cohorts.helpShared') }) : null,
    admin ? el('a', { class: 'button', id: 'course-cohorts', href: `#/admin/courses/${course.code}/cohorts`, text: t('cohorts.manage') }) : null, ' ',
    editable ? el('a', { class: 'button secondary', id: 'edit-course', href: `#/admin/courses/${course.code}/edit`, text: t('course.edit') }) : null, ' ',
    editable ? el('a', { class: 'button secondary', id: 'export-course', href: `api/v1/courses/${course.code}/package`, download: `${course.code}-${course.version}.zip`, text: t('course.export') }) : null);
}

const TYPES = ['manajerial', 'sosial-kultural', 'teknis'];

export async function courseEditPage(code) {
  const { course, editable } = await api('GET', `courses/${code}`);
  if (!editable) return message(t('course.notEditable'));
  const form = el('form', { id: 'course-form', class: 'card', novalidate: true },
    el('div', { class: 'form-message' }),
    el('label', {}, t('course.fieldTitle'), el('input', { name: 'title', value: course.title, required: true, maxlength: '200' })),
    el('label', {}, t('course.fieldDescription'), el('textarea', { name: 'description', rows: '5', maxlength: '4000', text: course.description })),
    el('label', {}, t('course.fieldJp'), el('input', { name: 'jp', type: 'number', min: '1', max: '100', value: String(course.jp) })),
    el('label', {}, t('course.fieldCompetency'), el('select', { name: 'competencyType' },
      TYPES.map((type) => el('option', { value: type, selected: type === course.competencyType, text: t(`competency.${type}`) })))),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'published', id: 'published', checked: course.published }), t('course.publishedCheck')),
    el('p', { class: 'muted', text: t('course.contentByPackage', course.version) }),
    el('button', { type: 'submit', id: 'course-save', text: t('common.save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      title: data.get('title'), description: data.get('description'), jp: Number(data.get('jp')),
      competencyType: data.get('competencyType'), published: data.has('published'),
    };
    try {
      await api('PATCH', `courses/${code}`, body);
      form.querySelector('.form-message').replaceChildren(message(t('common.saved'), 'notice'));
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  const remove = el('button', { type: 'button', class: 'danger', id: 'delete-course', text: t('course.delete') });
  const removeBox = el('div', { class: 'form-message' });
  remove.addEventListener('click', async () => {
    if (!window.confirm(t('course.deleteConfirm', course.title))) return;
    try {
      await api('DELETE', `courses/${code}`);
      navigate('/courses');
    } catch (e) {
      removeBox.replaceChildren(message(e.message));
    }
  });
  return el('section', {},
    el('h1', { text: t('course.editTitle', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })),
    form,
    el('div', { class: 'card' }, el('h2', { text: t('course.delete') }), el('p', { class: 'muted', text: t('course.deleteHelp') }), removeBox, remove));
}

// Staff pages: course package upload with its validation report, and cohorts with enrolment.
import { api, upload } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { cohortCardLinks } from '../extensions.js';
import { formatDate, pager, progressBar } from './widgets.js';

const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;
const MAX_CSV_BYTES = 1024 * 1024;

export function packageUploadPage() {
  const result = el('div', { id: 'package-result', 'aria-live': 'polite' });
  const form = el('form', { id: 'package-form', class: 'card', novalidate: true },
    el('div', { class: 'form-message' }),
    el('p', { class: 'muted', text: t('package.help') }),
    el('label', {}, t('package.file'), el('input', { type: 'file', name: 'file', id: 'package-file', accept: '.zip,application/zip' })),
    el('button', { type: 'submit', id: 'package-submit', text: t('package.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.querySelector('input[type=file]').files[0];
    const box = form.querySelector('.form-message');
    result.replaceChildren();
    if (!file) { box.replaceChildren(message(t('package.noFile'))); return; }
    if (file.size > MAX_PACKAGE_BYTES) { box.replaceChildren(message(t('package.tooLarge', MAX_PACKAGE_BYTES / 1024 / 1024))); return; }
    const button = form.querySelector('button');
    button.disabled = true;
    box.replaceChildren(progressBar(0, t('package.uploading', file.name, 0)));
    try {
      const outcome = await upload('course-packages', file, 'application/zip',
        (percent) => box.replaceChildren(progressBar(percent, t(percent < 100 ? 'package.uploading' : 'package.checking', file.name, percent))));
      box.replaceChildren();
      result.replaceChildren(el('p', { class: 'message notice', id: 'package-outcome' },
        t(`package.${outcome.outcome}`, outcome.code, outcome.version), ' ',
        el('a', { href: `#/courses/${outcome.code}`, text: t('package.open') })));
    } catch (e) {
      box.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
      if (e.fieldErrors.length) result.replaceChildren(report(e.fieldErrors));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', {}, el('h1', { text: t('package.title') }), form, result);
}

function report(problems) {
  return el('div', { class: 'scroll card', tabindex: '0' }, el('table', { id: 'package-problems' },
    el('caption', { text: t('package.problems', problems.length) }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('package.where') }), el('th', { scope: 'col', text: t('package.problem') }))),
    el('tbody', {}, problems.map((p) => el('tr', { class: 'rejected' }, el('td', {}, el('code', { text: p.field })), el('td', { text: p.message }))))));
}

export async function cohortsPage(code) {
  const { course } = await api('GET', `courses/${code}`);
  const list = el('div', { id: 'cohort-list' });
  async function load() {
    const cohorts = await api('GET', `cohorts?course=${encodeURIComponent(code)}`);
    list.replaceChildren(cohorts.length === 0
      ? el('p', { class: 'muted', text: t('cohorts.none') })
      : el('div', {}, cohorts.map((c) => cohortCard(c, load))));
  }
  await load();
  return el('section', {},
    el('h1', { text: t('cohorts.heading', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })),
    list,
    await cohortForm(code, load));
}

/** Shows the edit form of a cohort in place of its button. */
function editButton(cohort, reload) {
  const slot = el('div');
  const button = el('button', { type: 'button', class: 'secondary', text: t('cohorts.edit') });
  button.addEventListener('click', async () => {
    slot.replaceChildren(await cohortForm(cohort.course, reload, cohort));
    button.remove();
  });
  return el('div', {}, button, slot);
}

/** The form that creates a cohort or, given one, changes it (the region stays). */
async function cohortForm(code, reload, cohort = null) {
  const regions = session.has('SYSTEM_ADMIN') && !cohort ? await api('GET', 'regions') : [];
  const today = new Date().toISOString().slice(0, 10);
  const form = el('form', { id: cohort ? `cohort-edit-${cohort.id}` : 'cohort-form', class: 'card', novalidate: true },
    el('h2', { text: cohort ? t('cohorts.edit') : t('cohorts.new') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('cohorts.name'), el('input', { name: 'name', required: true, value: cohort?.name ?? '', placeholder: t('cohorts.namePlaceholder') })),
    regions.length ? el('label', {}, t('user.region'), el('select', { name: 'region' },
      regions.map((r) => el('option', { value: r.code, text: r.name })))) : null,
    el('label', {}, t('cohorts.startsOn'), el('input', { name: 'startsOn', type: 'date', value: cohort?.startsOn ?? today })),
    el('label', {}, t('cohorts.endsOn'), el('input', { name: 'endsOn', type: 'date', value: cohort?.endsOn ?? today })),
    el('label', {}, t('cohorts.capacity'), el('input', { name: 'capacity', type: 'number', min: '1', max: '10000', value: String(cohort?.capacity ?? 30) })),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'selfEnrolment', checked: cohort ? cohort.selfEnrolment : true }), t('cohorts.selfEnrolment')),
    el('label', {}, t('cohorts.instructors'), el('input', { name: 'instructors', value: cohort ? cohort.instructors.join(', ') : '', placeholder: t('cohorts.instructorsHelp') })),
    el('button', { type: 'submit', class: 'cohort-save', text: cohort ? t('cohorts.saveChanges') : t('cohorts.create') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      course: code, name: data.get('name'), startsOn: data.get('startsOn'), endsOn: data.get('endsOn'),
      capacity: Number(data.get('capacity')), selfEnrolment: data.has('selfEnrolment'),
      instructors: (data.get('instructors') || '').split(/[\s,;]+/).filter(Boolean),
    };
    if (data.get('region')) body.region = data.get('region');
    try {
      if (cohort) {
        await api('PATCH', `cohorts/${cohort.id}`, body);
      } else {
        await api('POST', 'cohorts', body);
        form.reset();
      }
      form.querySelector('.form-message').replaceChildren(message(t('common.saved'), 'notice'));
      await reload();
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return form;
}

/** The cohort's participants with their progress, a page at a time, loaded when opened. */
function participants(cohort) {
  const body = el('div', { class: 'participants' });
  async function load(page) {
    try {
      const list = await api('GET', `cohorts/${cohort.id}/enrolments?page=${page}`);
      const table = list.items.length === 0
        ? el('p', { class: 'muted', text: t('cohorts.noParticipants') })
        : el('div', { class: 'scroll', tabindex: '0' }, el('table', {},
          el('thead', {}, el('tr', {}, ['user.nip', 'user.name', 'user.unitKerja', 'cohorts.progress', 'cohorts.completedOn']
            .map((h) => el('th', { scope: 'col', text: t(h) })))),
          el('tbody', {}, list.items.map((p) => el('tr', {},
            el('td', { text: p.nip }), el('td', { text: p.name }), el('td', { text: p.unitKerja || '' }),
            el('td', { text: `${p.percent}%` }), el('td', { text: formatDate(p.completedAt) }))))));
      body.replaceChildren(table, pager(list, load));
    } catch (e) {
      body.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
    }
  }
  const summary = el('summary', { text: t('cohorts.participants', cohort.enrolled) });
  const details = el('details', { class: 'cohort-participants' }, summary, body);
  details.addEventListener('toggle', () => { if (details.open) load(1); });
  // after an enrolment: the new count, and the list again when it is open
  details.refresh = () => {
    summary.textContent = t('cohorts.participants', cohort.enrolled);
    if (details.open) load(1);
  };
  return details;
}

const factsText = (cohort) => t('cohorts.facts', formatDate(cohort.startsOn), formatDate(cohort.endsOn), cohort.enrolled, cohort.capacity, cohort.regionName);

function cohortCard(cohort, reload) {
  const box = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const result = el('div');
  const facts = el('p', { class: 'muted cohort-facts', text: factsText(cohort) });
  const people = participants(cohort);
  // counts follow each enrolment in place: redrawing the list would lose the notice and the
  // import's table of rows just shown
  async function refresh() {
    const fresh = (await api('GET', `cohorts?course=${encodeURIComponent(cohort.course)}`)).find((c) => c.id === cohort.id);
    if (!fresh) return;
    Object.assign(cohort, fresh);
    facts.textContent = factsText(cohort);
    people.refresh();
  }
  const single = el('form', { class: 'inline-form', novalidate: true },
    el('input', { name: 'nip', inputmode: 'numeric', 'aria-label': t('user.nip'), placeholder: t('user.nip') }),
    el('button', { type: 'submit', text: t('cohorts.enrol') }));
  single.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', `cohorts/${cohort.id}/enrolments`, { nip: single.nip.value.trim() });
      box.replaceChildren(message(t('cohorts.enrolled', single.nip.value.trim()), 'notice'));
      single.reset();
      await refresh();
    } catch (e) {
      box.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
    }
  });
  const csv = el('form', { class: 'inline-form', novalidate: true },
    el('input', { type: 'file', name: 'file', accept: '.csv,text/csv', 'aria-label': t('cohorts.csv') }),
    el('button', { type: 'submit', class: 'secondary', text: t('cohorts.importCsv') }));
  csv.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = csv.file.files[0];
    if (!file) { box.replaceChildren(message(t('import.noFile'))); return; }
    if (file.size > MAX_CSV_BYTES) { box.replaceChildren(message(t('import.tooLarge', MAX_CSV_BYTES / 1024))); return; }
    try {
      const outcome = await api('POST', `cohorts/${cohort.id}/enrolments/import`, file, 'text/csv');
      box.replaceChildren(message(t('cohorts.importSummary', outcome.enrolled, outcome.rejected), 'notice'));
      await refresh();
      result.replaceChildren(el('div', { class: 'scroll', tabindex: '0' }, el('table', {},
        el('thead', {}, el('tr', {}, ['import.line', 'user.nip', 'import.outcome', 'import.reason'].map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, outcome.rows.map((r) => el('tr', { class: r.outcome.toLowerCase() },
          el('td', { text: String(r.line) }), el('td', { text: r.nip || '' }),
          el('td', { text: t(`cohorts.${r.outcome}`) }), el('td', { text: r.message || '' })))))));
    } catch (e) {
      box.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
    }
  });
  return el('article', { class: 'card cohort', 'data-cohort': String(cohort.id) },
    el('h2', { text: cohort.name }),
    facts,
    cohort.instructors.length ? el('p', { class: 'muted', text: t('cohorts.instructorList', cohort.instructors.join(', ')) }) : null,
    el('p', { class: 'muted', text: cohort.selfEnrolment ? t('cohorts.selfOpen') : t('cohorts.selfClosed') }),
    el('p', { class: 'cohort-links' }, cohortCardLinks.map((link) => link(cohort))),
    people, editButton(cohort, reload), box, single, csv, result);
}

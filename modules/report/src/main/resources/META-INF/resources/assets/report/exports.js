// Raw learner-level exports for evaluators and admins: choose the data (attempts, answer scores,
// attendance, evaluation answers), the course by title, the year and the format; the export runs
// in the background on the server while this page watches its progress bar, then offers the file.
// The recent exports of the signed-in person are listed below with their state.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { language, t } from '../i18n.js';
import { session } from '../app.js';

const KINDS = ['attempts', 'answers', 'attendance', 'evaluation'];
const FORMATS = ['csv', 'xlsx', 'json', 'pdf'];
const POLL_MS = 1000;

export async function exportsPage() {
  const system = session.has('SYSTEM_ADMIN');
  const [courses, regions] = await Promise.all([courseChoices(), system ? api('GET', 'regions').catch(() => []) : []]);
  const thisYear = new Date().getFullYear();
  const field = (id, label, control) => el('label', { for: id }, label, control);
  const kind = el('select', { id: 'export-kind', name: 'kind' },
    KINDS.map((k) => el('option', { value: k, text: t(`report.exports.kind.${k}`) })));
  const format = el('select', { id: 'export-format', name: 'format' },
    FORMATS.map((f) => el('option', { value: f, text: t(`report.exports.format.${f}`) })));
  const course = el('select', { id: 'export-course', name: 'course' },
    el('option', { value: '', text: t('report.exports.allCourses') }),
    courses.map((c) => el('option', { value: c.code, text: c.title })));
  const year = el('select', { id: 'export-year', name: 'year' },
    el('option', { value: '', text: t('report.exports.allYears') }),
    Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => el('option', { value: y, text: y })));
  const region = system ? el('select', { id: 'export-region', name: 'region' },
    regions.map((r) => el('option', { value: r.code, text: r.name }))) : null;
  const start = el('button', { type: 'submit', id: 'export-start', text: t('report.exports.start') });
  const form = el('form', { id: 'export-form', class: 'card export-form', novalidate: true },
    field('export-kind', t('report.exports.kind'), kind),
    region ? field('export-region', t('report.exports.region'), region) : null,
    field('export-course', t('report.exports.course'), course),
    field('export-year', t('report.exports.year'), year),
    field('export-format', t('report.exports.format'), format),
    el('p', { class: 'muted', text: t('report.exports.formatHelp') }),
    el('div', {}, start));
  const status = el('section', { id: 'export-status', 'aria-live': 'polite', 'aria-label': t('report.exports.status') });
  const recent = el('section', { id: 'export-recent', 'aria-labelledby': 'export-recent-title' });

  async function showRecent() {
    try {
      const jobs = await api('GET', 'report/exports');
      recent.replaceChildren(el('h2', { id: 'export-recent-title', text: t('report.exports.recent') }),
        jobs.length === 0 ? el('p', { class: 'muted', text: t('report.exports.none') })
          : el('ul', { class: 'export-list' }, jobs.map((j) => el('li', {}, jobLine(j)))));
    } catch (e) {
      recent.replaceChildren(message(errorText(e)));
    }
  }

  async function watch(job) {
    status.replaceChildren(jobCard(job));
    if (job.state === 'DONE' || job.state === 'FAILED') {
      start.disabled = false;
      await showRecent();
      return;
    }
    setTimeout(async () => {
      if (!status.isConnected) return; // the person went to another page
      try {
        await watch(await api('GET', `report/exports/${encodeURIComponent(job.id)}`));
      } catch (e) {
        start.disabled = false;
        status.replaceChildren(message(errorText(e)));
      }
    }, POLL_MS);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    start.disabled = true;
    const body = { kind: kind.value, format: format.value, lang: language() };
    if (course.value) body.course = course.value;
    if (year.value) body.year = Number(year.value);
    if (region) body.region = region.value;
    try {
      await watch(await api('POST', 'report/exports', body));
    } catch (e) {
      start.disabled = false;
      status.replaceChildren(message(errorText(e), 'error'));
    }
  });
  await showRecent();

  return el('section', { class: 'report-page exports-page' },
    el('h1', { text: t('report.exports.title') }),
    el('p', { class: 'muted', text: t('report.exports.intro') }),
    form, status, recent);
}

/** The job being watched: its state, a progress bar while it runs, the download or the reason. */
function jobCard(job) {
  const rows = t('report.exports.rows', number(job.rows));
  let body;
  if (job.state === 'DONE') {
    body = el('p', {}, el('a', { class: 'button', id: 'export-download', href: job.download, download: '', text: t('report.exports.download', job.format.toUpperCase()) }), ' ', rows);
  } else if (job.state === 'FAILED') {
    body = message(job.error || t('report.exports.failed'), 'error');
  } else {
    body = progressBar(job.percent, job.percent == null ? rows : t('report.exports.percent', job.percent, number(job.rows), number(job.total)));
  }
  return el('div', { class: 'card', id: 'export-job', 'data-state': job.state },
    el('h2', { text: t(`report.exports.state.${job.state}`) }), body);
}

function jobLine(job) {
  const what = `${t(`report.exports.kind.${job.kind}`)} · ${job.course || t('report.exports.allCourses')} · ${job.year ?? t('report.exports.allYears')} · ${job.format.toUpperCase()}`;
  return [what, ' — ', t(`report.exports.state.${job.state}`),
    job.state === 'DONE' ? [' ', el('a', { href: job.download, download: '', text: t('report.exports.downloadShort') })] : null,
    job.state === 'FAILED' && job.error ? [': ', job.error] : null];
}

/** A labelled progress bar; with no percent (total unknown) the label carries the row count. */
function progressBar(percent, label) {
  const value = Math.max(0, Math.min(100, percent ?? 0));
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${value}%`; // through CSSOM: the CSP forbids inline style attributes
  return el('div', { class: 'progress', id: 'export-progress' },
    el('div', { class: 'progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': percent == null ? null : String(value), 'aria-label': label }, fill),
    el('span', { class: 'progress-label', text: label }));
}

/** The courses the caller may see, by title, for the course picker (every page of the list). */
async function courseChoices() {
  const courses = [];
  try {
    for (let page = 1; page <= 10; page++) {
      const found = await api('GET', `courses?size=100&page=${page}`);
      courses.push(...(found?.items || []));
      if (!found || page >= found.totalPages) break;
    }
  } catch (e) { /* "all courses" still works */ }
  return courses.sort((a, b) => String(a.title).localeCompare(String(b.title), language()));
}

function number(n) {
  return typeof n === 'number' ? n.toLocaleString(language() === 'en' ? 'en-GB' : 'id-ID') : '';
}

function errorText(error) {
  return error?.status === 0 ? t('error.offline') : (error?.message || t('report.exports.failed'));
}

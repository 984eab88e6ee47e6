// Evaluation reports from the plugins: a list, and one report with filters (course, year) whose
// key figures, tables, charts and narrative are drawn from DOM elements as text only. The same
// report downloads as PDF, Excel or CSV through plain links, as other downloads of the app do: the
// session cookie goes with them, and the links follow the filters of the report on screen.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { language, t } from '../i18n.js';
import { barChart, errorText, formatNumber } from './common.js';

function reportHref(pluginId, reportId) {
  return `#/reports/${encodeURIComponent(pluginId)}/${encodeURIComponent(reportId)}`;
}

export async function reportsPage() {
  const entries = (await api('GET', 'evaluation/reports')) || [];
  return el('section', { class: 'evaluation-page reports-page' },
    el('h1', { text: t('evaluation.reportsTitle') }),
    // the core's own outcome reports sit beside the plugins' (report module)
    el('p', {}, el('a', { id: 'link-outcome-dashboard', href: '#/report/outcomes', text: t('evaluation.outcomeDashboard') })),
    entries.length === 0 ? el('p', { id: 'report-none', class: 'card muted', text: t('evaluation.noReports') }) : null,
    el('ul', { id: 'report-list', class: 'report-list', 'aria-label': t('evaluation.reportsTitle') },
      entries.map(({ pluginId, report }) => el('li', { class: 'card report-entry' },
        el('h2', {}, el('a', { href: reportHref(pluginId, report.id), text: report.title || report.id })),
        report.description ? el('p', { class: 'muted', text: report.description }) : null))));
}

export async function reportPage(pluginId, reportId) {
  let info = null;
  try {
    info = ((await api('GET', 'evaluation/reports')) || []).find((e) => e.pluginId === pluginId && e.report?.id === reportId)?.report;
  } catch (e) { /* the report itself will say what is wrong */ }

  const heading = el('h1', { text: info?.title || t('evaluation.reportTitle') });
  // courses by title (the code is what the report filters on) and years as a list with "all years"
  // spelt out: a typed code that matched nothing and an empty year box both looked like a filter
  const course = el('select', { id: 'report-course', name: 'course' },
    el('option', { value: '', text: t('evaluation.filterAllCourses') }),
    (await courseChoices()).map((c) => el('option', { value: c.code, text: c.title })));
  const thisYear = new Date().getFullYear();
  const year = el('select', { id: 'report-year', name: 'year' },
    el('option', { value: '', text: t('evaluation.filterAllYears') }),
    Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => el('option', { value: y, text: y })));
  const run = el('button', { type: 'submit', id: 'report-run', text: t('evaluation.run') });
  const filters = el('form', { id: 'report-filters', class: 'report-filters', novalidate: true },
    el('label', { for: 'report-course' }, t('evaluation.filterCourse'), course),
    el('label', { for: 'report-year' }, t('evaluation.filterYear'), year),
    el('div', { class: 'report-run' }, run));
  const path = `evaluation/reports/${encodeURIComponent(pluginId)}/${encodeURIComponent(reportId)}`;
  const formats = [['pdf', 'evaluation.downloadPdf'], ['xlsx', 'evaluation.downloadXlsx'], ['csv', 'evaluation.downloadCsv']];
  const links = formats.map(([format, key]) => el('a', { class: 'button secondary', id: `report-download-${format}`, text: t(key) }));
  const downloads = el('nav', { id: 'report-downloads', class: 'report-downloads', 'aria-label': t('evaluation.downloads'), hidden: true }, links);
  function pointDownloads(query) {
    formats.forEach(([format], i) => {
      const params = new URLSearchParams(query);
      params.set('format', format);
      params.set('lang', language());
      links[i].setAttribute('href', `api/v1/${path}/export?${params}`);
      // an empty download attribute keeps the server's safe file name
      links[i].setAttribute('download', '');
    });
  }
  const output = el('section', { id: 'report', class: 'report', 'aria-live': 'polite', 'aria-label': t('evaluation.reportResult') });

  let serial = 0;
  async function load() {
    const mine = ++serial;
    const query = new URLSearchParams();
    if (course.value) query.set('course', course.value);
    if (year.value) query.set('year', year.value);
    pointDownloads(query);
    downloads.hidden = true;
    run.disabled = true;
    output.setAttribute('aria-busy', 'true');
    output.replaceChildren(el('p', { class: 'muted', text: t('evaluation.loading') }));
    try {
      const report = await api('GET', `${path}${query.toString() ? `?${query}` : ''}`);
      if (mine !== serial) return;
      if (report?.title) heading.textContent = report.title;
      output.replaceChildren(...renderReport(report || {}));
      downloads.hidden = false;
    } catch (e) {
      if (mine !== serial) return;
      output.replaceChildren(message(errorText(e)));
    } finally {
      if (mine === serial) { run.disabled = false; output.removeAttribute('aria-busy'); }
    }
  }
  filters.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();

  return el('section', { class: 'evaluation-page report-page' },
    el('p', {}, el('a', { href: '#/reports', text: t('evaluation.backToReports') })),
    heading,
    info?.description ? el('p', { class: 'muted', text: info.description }) : null,
    filters, downloads, output);
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

function renderReport(report) {
  const figures = report.keyFigures || [];
  const tables = report.tables || [];
  const charts = report.charts || [];
  const narrative = (report.narrative || []).filter((p) => p !== null && p !== undefined && String(p).trim() !== '');
  const parts = [];
  if (figures.length > 0) {
    parts.push(el('div', { class: 'key-figures' }, figures.map((f) => el('div', { class: 'key-figure' },
      el('span', { class: 'key-figure-value' }, formatNumber(f.value),
        f.unit ? el('span', { class: 'key-figure-unit', text: ` ${f.unit}` }) : null),
      el('span', { class: 'key-figure-label', text: String(f.label ?? '') })))));
  }
  charts.forEach((chart, i) => parts.push(chartFigure(chart, i)));
  tables.forEach((table) => parts.push(tableOf(table)));
  if (narrative.length > 0) {
    parts.push(el('div', { class: 'report-narrative' }, narrative.map((p) => el('p', { text: String(p) }))));
  }
  if (parts.length === 0) parts.push(el('p', { class: 'muted', text: t('evaluation.reportEmpty') }));
  return parts;
}

function chartFigure(chart, index) {
  const id = `report-chart-${index}`;
  const kind = ['BAR', 'LINE', 'PIE'].includes(chart.kind) ? chart.kind : 'BAR';
  return el('figure', { class: `report-chart report-chart-${kind.toLowerCase()}`, 'aria-labelledby': id },
    el('figcaption', { id, text: chart.title || '' }),
    barChart({ labels: chart.labels || [], series: chart.series || [], share: kind === 'PIE' }));
}

function tableOf(table) {
  const columns = table.columns || [];
  const rows = table.rows || [];
  return el('div', { class: 'scroll report-table-wrap', tabindex: '0' },
    el('table', { class: 'report-table' },
      el('caption', { text: table.title || '' }),
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: String(c ?? '') })))),
      el('tbody', {}, rows.length === 0
        ? el('tr', {}, el('td', { colspan: String(Math.max(1, columns.length)), class: 'muted', text: t('evaluation.noRows') }))
        : rows.map((row) => el('tr', {}, (row || []).map((cell, i) => el(i === 0 ? 'th' : 'td', {
          scope: i === 0 ? 'row' : null,
          class: typeof cell === 'number' ? 'numeric' : null,
          'data-label': String(columns[i] ?? ''),
          text: formatNumber(cell),
        })))))));
}

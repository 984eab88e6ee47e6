// Pieces the report pages share: pickers filled from the server's lists and key figures.
import { el } from '../dom.js';
import { language, t } from '../i18n.js';

/** A labelled <select> of [value, text] options; the first option is the "all" choice when given. */
export function picker(id, label, all, options) {
  const select = el('select', { id, name: id },
    all === null ? null : el('option', { value: '', text: all }),
    options.map(([value, text]) => el('option', { value: String(value), text })));
  return { select, label: el('label', { for: id }, label, select) };
}

/** A key figure; `note` is a line under it (such as the change since last year). */
export function keyFigure(id, label, value, note) {
  return el('div', { class: 'key-figure', id },
    el('span', { class: 'key-figure-value', text: value }),
    el('span', { class: 'key-figure-label', text: label }),
    note ? el('span', { class: 'key-figure-label', text: note }) : null);
}

/** The query string of the non-empty filters. */
export function query(filters) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && String(value) !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function links() {
  return el('nav', { class: 'report-downloads', 'aria-label': t('report.otherReports') },
    el('a', { class: 'button secondary', id: 'link-outcomes', href: '#/report/outcomes', text: t('report.dashboardTitle') }),
    el('a', { class: 'button secondary', id: 'link-jp', href: '#/report/jp', text: t('report.jpTitle') }),
    el('a', { class: 'button secondary', id: 'link-plugin-reports', href: '#/reports', text: t('report.pluginReports') }));
}

/**
 * Download links of a report as PDF (under the region's kop surat), Excel, CSV and JSON: plain
 * links, so the session cookie goes with them; {@code point(filters)} makes them follow the
 * filters of the report on screen.
 */
export function downloads(path) {
  const formats = ['pdf', 'xlsx', 'csv', 'json'];
  const anchors = formats.map((format) => el('a', { class: 'button secondary', id: `download-${format}`, download: '', text: t(`report.download.${format}`) }));
  const nav = el('nav', { class: 'report-downloads', 'aria-label': t('report.downloads') }, anchors);
  nav.point = (filters) => formats.forEach((format, i) => {
    anchors[i].setAttribute('href', `api/v1/${path}${query({ ...filters, format, lang: language() })}`);
  });
  return nav;
}

// JP compliance: who in the region has not reached the yearly JP target, by unit kerja and by
// person (largest shortfall first), with the trend per month. A person's NIP opens their transcript.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { language, t } from '../i18n.js';
import { barFigure, number, percent } from './charts.js';
import { downloads, keyFigure, links, picker, query } from './common.js';

const MONTHS = 12;

export async function compliancePage() {
  const choices = await api('GET', 'report/choices');
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear, ...choices.years])].sort((a, b) => b - a);
  const year = picker('jp-year', t('report.year'), null, years.map((y) => [y, String(y)]));
  const unit = picker('jp-unit', t('report.unitKerja'), t('report.allUnits'), choices.units.map((u) => [u, u]));
  const below = el('input', { type: 'checkbox', id: 'jp-below', name: 'below', checked: true });
  year.select.value = String(thisYear);
  const output = el('div', { id: 'jp-report', 'aria-live': 'polite' });
  const files = downloads('report/jp-compliance/file');
  // the year's trainings in the fields SIASN records, for the agency's upload there
  const siasn = el('a', { class: 'button secondary', id: 'download-siasn', download: '', text: t('report.download.siasn') });
  files.append(siasn);
  let page = 1; // the API counts pages from 1

  let serial = 0;
  async function load() {
    const mine = ++serial;
    output.setAttribute('aria-busy', 'true');
    files.point({ year: year.select.value, unitKerja: unit.select.value, below: below.checked ? 'true' : '' });
    siasn.setAttribute('href', `api/v1/report/jp-compliance/siasn${query({ year: year.select.value, format: 'xlsx', lang: language() })}`);
    try {
      const report = await api('GET', `report/jp-compliance${query({
        year: year.select.value, unitKerja: unit.select.value, below: below.checked ? 'true' : '', page, size: 20,
      })}`);
      if (mine !== serial) return;
      output.replaceChildren(...render(report));
    } catch (e) {
      if (mine === serial) output.replaceChildren(message(e?.status === 0 ? t('error.offline') : e?.message || t('report.failed')));
    } finally {
      if (mine === serial) output.removeAttribute('aria-busy');
    }
  }

  function pickUnit(name) {
    unit.select.value = name ?? '';
    below.checked = true;
    page = 1;
    load();
    unit.select.focus();
  }

  function render(r) {
    const s = r.total;
    const parts = [el('div', { class: 'key-figures', id: 'jp-figures' },
      keyFigure('jp-people-count', t('report.people'), number(s.people, 0)),
      keyFigure('jp-reached', t('report.reached', r.target), number(s.reached, 0)),
      keyFigure('jp-below-count', t('report.below', r.target), number(s.below, 0)),
      keyFigure('jp-rate', t('report.rateReached'), percent(s.rate)),
      keyFigure('jp-mean', t('report.meanJp'), number(s.meanJp)))];
    parts.push(barFigure({
      id: 'chart-jp-units',
      title: t('report.chartJpUnits', r.year, r.target),
      rows: r.units.length ? r.units.map((u) => ({ label: u.unitKerja ?? t('report.noUnit'), values: [u.tally.rate] }))
        : [{ label: t('report.noUnit'), values: [null] }],
      max: 1,
      format: (v) => percent(v),
    }));
    parts.push(unitsTable(r));
    const months = r.months.slice(0, MONTHS);
    const monthName = (m) => new Date(Date.UTC(r.year, m - 1, 1)).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID', { month: 'short', timeZone: 'UTC' });
    parts.push(barFigure({
      id: 'chart-jp-months',
      title: t('report.chartJpMonths', r.year),
      series: [t('report.jpCredited'), t('report.reachedByEnd')],
      rows: months.map((m) => ({ label: monthName(m.month), values: [m.jp, m.reachedByEnd] })),
      format: (v) => number(v, 0),
    }));
    parts.push(peopleTable(r));
    return parts;
  }

  function unitsTable(r) {
    return el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t('report.unitsTable') },
      el('table', { id: 'jp-units' },
        el('caption', { text: t('report.unitsTable') }),
        el('thead', {}, el('tr', {}, ['unitKerja', 'people', 'reached', 'below', 'rate', 'meanJp'].map((c) => el('th', { scope: 'col', text: t(`report.col.${c}`) })))),
        el('tbody', {}, r.units.map((u) => el('tr', {},
          el('th', { scope: 'row' }, el('button', {
            type: 'button', class: 'link', text: u.unitKerja ?? t('report.noUnit'),
            'aria-label': t('report.unitDrill', u.unitKerja ?? t('report.noUnit')),
            onclick: () => pickUnit(u.unitKerja),
          })),
          el('td', { text: number(u.tally.people, 0) }),
          el('td', { text: number(u.tally.reached, 0) }),
          el('td', { text: number(u.tally.below, 0) }),
          el('td', { text: percent(u.tally.rate) }),
          el('td', { text: number(u.tally.meanJp) }))))));
  }

  function peopleTable(r) {
    const p = r.people;
    const pager = el('nav', { class: 'report-downloads', 'aria-label': t('report.pages') },
      el('button', { type: 'button', class: 'secondary', id: 'jp-prev', disabled: p.page <= 1, text: t('report.previous'), onclick: () => { page -= 1; load(); } }),
      el('span', { class: 'muted', text: t('report.pageOf', p.page, Math.max(1, p.totalPages), p.totalItems) }),
      el('button', { type: 'button', class: 'secondary', id: 'jp-next', disabled: p.page >= p.totalPages, text: t('report.next'), onclick: () => { page += 1; load(); } }));
    return el('section', { 'aria-labelledby': 'jp-people-title' },
      el('h2', { id: 'jp-people-title', text: r.unitKerja ? t('report.peopleOfUnit', r.unitKerja) : t('report.peopleTitle') }),
      el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'jp-people-title' },
        el('table', { id: 'jp-people' },
          el('thead', {}, el('tr', {}, ['name', 'nip', 'unitKerja', 'jabatan', 'jp', 'shortfall'].map((c) => el('th', { scope: 'col', text: t(`report.col.${c}`) })))),
          el('tbody', {}, p.items.length === 0
            ? el('tr', {}, el('td', { colspan: '6', class: 'muted', text: t('report.nobodyBelow') }))
            : p.items.map((x) => el('tr', {},
              el('th', { scope: 'row', text: x.name ?? '' }),
              el('td', {}, el('a', { href: x.transcriptPdf, text: x.nip ?? '', 'aria-label': t('report.transcriptOf', x.name ?? x.nip ?? '') })),
              el('td', { text: x.unitKerja ?? t('report.noUnit') }),
              el('td', { text: x.jabatan ?? '' }),
              el('td', { text: number(x.jp, 0) }),
              el('td', { text: number(x.shortfall, 0) })))))),
      pager);
  }

  for (const c of [year.select, unit.select, below]) c.addEventListener('change', () => { page = 1; load(); });
  const form = el('form', { id: 'jp-filters', class: 'report-filters', novalidate: true, onsubmit: (e) => { e.preventDefault(); page = 1; load(); } },
    year.label, unit.label,
    el('label', { for: 'jp-below', class: 'check' }, below, ` ${t('report.belowOnly')}`),
    el('div', { class: 'report-run' }, el('button', { type: 'submit', id: 'jp-run', text: t('report.show') })));
  load();
  return el('section', { class: 'evaluation-page report-jp' },
    el('h1', { text: t('report.jpTitle') }),
    el('p', { class: 'muted', text: t('report.jpIntro') }),
    links(), form, files, output);
}

// Unit indicators (Kirkpatrick level 4): admins record a unit's value for a period (recording the
// same unit, indicator and period again replaces it) or import a CSV; staff filter and page the list.
import { api, upload } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { pager } from '../course/widgets.js';
import { errorText, formatNumber } from './common.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

/** Names the regional plugins read: Solok (IKM, kepuasan, jumlah-asn), Batanghari (pengaduan, keluhan). */
export const SUGGESTED = ['ikm', 'indeks-kepuasan-masyarakat', 'jumlah-pengaduan', 'jumlah-keluhan', 'jumlah-asn', 'produktivitas'];

/** A number typed with a decimal comma (87,5) or point; NaN when it is not one. */
export function parseNumber(text) {
  let s = String(text ?? '').trim().replace(/\s/g, '');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma >= 0) s = s.replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

function datalist(id, values) {
  return el('datalist', { id }, [...new Set(values)].map((v) => el('option', { value: v })));
}

export async function indicatorsPage() {
  const admin = session.has(...ADMINS);
  const names = await api('GET', 'indicators/names');
  const lists = [datalist('indicator-names', [...SUGGESTED, ...names.indicators]), datalist('indicator-units', names.units)];
  const result = el('div', { id: 'indicator-results', 'aria-live': 'polite' });
  const filters = el('form', { id: 'indicator-filters', class: 'report-filters', novalidate: true },
    el('label', {}, t('indicator.name'), el('input', { name: 'indicator', list: 'indicator-names', autocomplete: 'off' })),
    el('label', {}, t('indicator.unit'), el('input', { name: 'unit', list: 'indicator-units', autocomplete: 'off' })),
    el('label', {}, t('indicator.year'), el('input', { name: 'year', type: 'number', min: '2000', max: '2100', inputmode: 'numeric' })),
    el('div', { class: 'report-run' }, el('button', { type: 'submit', text: t('indicator.filter') })));

  async function load(page = 1) {
    const query = new URLSearchParams({ page: String(page) });
    for (const name of ['indicator', 'unit', 'year']) {
      const value = filters.elements[name].value.trim();
      if (value) query.set(name, value);
    }
    try {
      const list = await api('GET', `indicators?${query}`);
      result.replaceChildren(listTable(list, load, admin), pager(list, load, 'indicator.pageOf'));
    } catch (e) { result.replaceChildren(message(errorText(e))); }
  }
  filters.addEventListener('submit', (event) => { event.preventDefault(); load(1); });
  await load(1);

  return el('section', { class: 'evaluation-page indicators-page' },
    el('h1', { text: t('indicator.title') }),
    el('p', { class: 'muted', text: t('indicator.intro') }),
    ...lists,
    admin ? recordForm(() => load(1)) : null,
    admin ? importForm(() => load(1)) : null,
    el('section', { class: 'card' }, el('h2', { text: t('indicator.listTitle') }), filters, result));
}

function listTable(list, reload, admin) {
  const columns = ['indicator.unit', 'indicator.name', 'indicator.period', 'indicator.value', 'indicator.note'];
  if (admin) columns.push('attendance.actions');
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'indicator-table', class: 'report-table' },
    el('caption', { text: t('indicator.listCaption', list.totalItems) }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: t(c) })))),
    el('tbody', {}, list.items.length === 0
      ? el('tr', {}, el('td', { colspan: String(columns.length), class: 'muted', text: t('evaluation.noRows') }))
      : list.items.map((i) => el('tr', { 'data-id': String(i.id) },
        el('th', { scope: 'row', 'data-label': t('indicator.unit'), text: i.unitKerja }),
        el('td', { 'data-label': t('indicator.name'), text: i.indicator }),
        el('td', { 'data-label': t('indicator.period'), text: i.period }),
        el('td', { class: 'numeric', 'data-label': t('indicator.value'), text: formatNumber(i.value, 4) }),
        el('td', { 'data-label': t('indicator.note'), text: i.note || '' }),
        admin ? el('td', {}, el('button', {
          type: 'button', class: 'secondary', text: t('attendance.delete'),
          'aria-label': t('indicator.deleteLabel', i.indicator, i.unitKerja, i.period),
          onclick: async (event) => {
            if (!confirm(t('indicator.deleteConfirm', i.indicator, i.unitKerja, i.period))) return;
            try { await api('DELETE', `indicators/${i.id}`); await reload(); } catch (e) { event.target.after(message(errorText(e))); }
          },
        })) : null)))));
}

function recordForm(reload) {
  const status = el('div', { id: 'indicator-status', 'aria-live': 'polite' });
  const form = el('form', { id: 'indicator-form', class: 'card', novalidate: true },
    el('h2', { text: t('indicator.recordTitle') }),
    el('p', { class: 'muted', text: t('indicator.replaceNote') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('indicator.unit'), el('input', { name: 'unitKerja', list: 'indicator-units', required: true, maxlength: '200', autocomplete: 'off' })),
    el('label', {}, t('indicator.name'), el('input', { name: 'indicator', list: 'indicator-names', required: true, maxlength: '60', autocomplete: 'off', placeholder: 'jumlah-pengaduan' })),
    el('label', {}, t('indicator.period'), el('input', { name: 'period', required: true, maxlength: '10', placeholder: t('indicator.periodHint') })),
    el('label', {}, t('indicator.value'), el('input', { name: 'value', required: true, inputmode: 'decimal', placeholder: '87,5' })),
    el('label', {}, t('indicator.note'), el('input', { name: 'note', maxlength: '1000' })),
    el('button', { type: 'submit', text: t('indicator.save') }), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const value = parseNumber(form.elements.value.value);
    const body = {
      unitKerja: form.elements.unitKerja.value, indicator: form.elements.indicator.value, period: form.elements.period.value,
      value: Number.isFinite(value) ? value : null, note: form.elements.note.value,
    };
    try {
      const saved = await api('POST', 'indicators', body);
      form.querySelector('.form-message').replaceChildren();
      form.querySelectorAll('.field-error').forEach((n) => n.remove());
      form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
      status.replaceChildren(message(t(saved.replaced ? 'indicator.replaced' : 'indicator.saved',
        saved.indicator, saved.unitKerja, saved.period, formatNumber(saved.value, 4)), 'notice'));
      form.elements.value.value = '';
      form.elements.note.value = '';
      await reload();
    } catch (e) { showErrors(form, e, t); }
  });
  return form;
}

function importForm(reload) {
  const status = el('div', { id: 'indicator-import-status', 'aria-live': 'polite' });
  const form = el('form', { id: 'indicator-import', class: 'card', novalidate: true },
    el('h2', { text: t('indicator.importTitle') }),
    el('p', { class: 'muted', text: t('indicator.importHelp') }),
    el('label', {}, t('indicator.csv'), el('input', { type: 'file', name: 'file', accept: '.csv,text/csv' })),
    el('button', { type: 'submit', class: 'secondary', text: t('indicator.import') }), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) { status.replaceChildren(message(t('indicator.chooseFile'))); return; }
    try {
      const outcome = await upload('indicators/import', file, 'text/csv', () => {});
      status.replaceChildren(message(t('indicator.imported', outcome.recorded), 'notice'));
      await reload();
    } catch (e) {
      status.replaceChildren(message(errorText(e)),
        el('ul', { class: 'import-errors' }, (e.fieldErrors || []).map((f) => el('li', {
          text: `${lineOf(f.field)}${f.message}`,
        }))));
    }
  });
  return form;
}

/** "Baris 3: " for a field such as lines[3].period. */
function lineOf(field) {
  const m = /^lines\[(\d+)\]/.exec(field || '');
  return m ? `${t('indicator.line', m[1])} ` : '';
}

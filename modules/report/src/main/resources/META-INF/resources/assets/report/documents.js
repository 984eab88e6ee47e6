// Official documents for the region's staff: the letterhead (kop surat) and signatory that every
// PDF of the region prints, and the region's certificates with revocation by its admins.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { pager } from '../course/widgets.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

function errorText(e) { return e.status === 0 ? t('error.offline') : e.message; }

/** "?region=kupang" for a system admin who chose a region, nothing for everyone else. */
function regionQuery(region) { return region ? `?region=${encodeURIComponent(region)}` : ''; }

/** A system admin picks the region by its code; a regional admin always works on their own. */
function regionPicker(current, onPick) {
  if (!session.has('SYSTEM_ADMIN')) return null;
  const form = el('form', { class: 'report-filters', id: 'document-region', novalidate: true },
    el('label', {}, t('letterhead.region'), el('input', { name: 'region', value: current || '', autocomplete: 'off', required: true })),
    el('div', { class: 'report-run' }, el('button', { type: 'submit', class: 'secondary', text: t('letterhead.pickRegion') })));
  form.addEventListener('submit', (event) => { event.preventDefault(); onPick(form.elements.region.value.trim()); });
  return form;
}

export async function letterheadPage(region = null) {
  const holder = el('section', { class: 'letterhead-page' });
  async function draw(chosen) {
    let view = null;
    let problem = null;
    try {
      view = await api('GET', `report/letterhead${regionQuery(chosen)}`);
    } catch (e) { problem = e; }
    holder.replaceChildren(
      el('h1', { text: t('letterhead.title') }),
      el('p', { class: 'muted', text: t('letterhead.intro') }),
      regionPicker(chosen, draw),
      problem ? message(errorText(problem)) : null,
      view ? detailsForm(view, chosen, draw) : null,
      view ? logoForm(view, chosen, draw) : null);
  }
  await draw(region);
  return holder;
}

function field(name, label, value, attributes = {}) {
  return el('label', {}, t(label), el('input', { name, id: `letterhead-${name}`, value: value || '', autocomplete: 'off', ...attributes }));
}

function detailsForm(view, region, redraw) {
  const form = el('form', { id: 'letterhead-form', class: 'card', novalidate: true },
    el('h2', { text: t('letterhead.details', view.regionName) }),
    view.configured ? null : el('p', { class: 'message notice', role: 'status', text: t('letterhead.default') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    field('agency', 'letterhead.agency', view.agency, { required: true, maxlength: '200' }),
    el('label', {}, t('letterhead.address'),
      el('textarea', { name: 'addressLines', id: 'letterhead-address', rows: '3', text: (view.addressLines || []).join('\n') }),
      el('small', { class: 'muted', text: t('letterhead.addressHint') })),
    el('fieldset', {},
      el('legend', { text: t('letterhead.signatory') }),
      field('signatoryName', 'letterhead.signatoryName', view.signatoryName, { maxlength: '200' }),
      field('signatoryNip', 'letterhead.signatoryNip', view.signatoryNip, { inputmode: 'numeric', maxlength: '22' }),
      field('signatoryJabatan', 'letterhead.signatoryJabatan', view.signatoryJabatan, { maxlength: '200' }),
      field('signatoryPlace', 'letterhead.signatoryPlace', view.signatoryPlace, { maxlength: '100' })),
    el('button', { type: 'submit', id: 'letterhead-save', text: t('letterhead.save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = Object.fromEntries(['agency', 'signatoryName', 'signatoryNip', 'signatoryJabatan', 'signatoryPlace'].map((k) => [k, data.get(k)]));
    body.addressLines = String(data.get('addressLines') || '').split('\n');
    try {
      await api('PUT', `report/letterhead${regionQuery(region)}`, body);
      await redraw(region);
      document.getElementById('letterhead-form')?.querySelector('.form-message')
        ?.replaceChildren(message(t('letterhead.saved'), 'notice'));
    } catch (e) { showErrors(form, e, t); }
  });
  return form;
}

function logoForm(view, region, redraw) {
  const form = el('form', { id: 'letterhead-logo-form', class: 'card', novalidate: true },
    el('h2', { text: t('letterhead.logo') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    view.logo
      ? el('img', { src: `api/v1/report/letterhead/logo?${new URLSearchParams({ ...(region ? { region } : {}), v: String(Date.now()) })}`, alt: t('letterhead.logoAlt', view.agency), class: 'letterhead-logo', width: '96' })
      : el('p', { class: 'muted', text: view.configured ? t('letterhead.noLogo') : t('letterhead.logoAfterSave') }),
    el('label', {}, t('letterhead.logoFile'),
      el('input', { type: 'file', name: 'logo', id: 'letterhead-logo', accept: 'image/png,image/jpeg', disabled: !view.configured }),
      el('small', { class: 'muted', text: t('letterhead.logoHint') })),
    el('button', { type: 'submit', class: 'secondary', id: 'letterhead-logo-upload', disabled: !view.configured, text: t('letterhead.upload') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.logo.files[0];
    if (!file) { showErrors(form, { message: t('letterhead.chooseFile') }, t); return; }
    try {
      // the server judges the image by its content; the type sent only gets it through
      await api('PUT', `report/letterhead/logo${regionQuery(region)}`, file, file.type || 'application/octet-stream');
      await redraw(region);
    } catch (e) { showErrors(form, e, t); }
  });
  return form;
}

export async function regionCertificatesPage() {
  const admin = session.has(...ADMINS);
  const result = el('div', { id: 'region-certificates', 'aria-live': 'polite' });
  let region = null;
  async function load(page = 1) {
    try {
      const query = new URLSearchParams({ page: String(page) });
      if (region) query.set('region', region);
      const list = await api('GET', `report/certificates?${query}`);
      result.replaceChildren(table(list, admin, () => load(page)), pager(list, load, 'certificate.pageOf'));
    } catch (e) { result.replaceChildren(message(errorText(e))); }
  }
  await load(1);
  return el('section', { class: 'certificates-page' },
    el('h1', { text: t('certificate.regionTitle') }),
    el('p', { class: 'muted', text: t('certificate.regionIntro') }),
    regionPicker(region, (code) => { region = code; load(1); }),
    result);
}

function table(list, admin, reload) {
  const columns = ['certificate.number', 'certificate.name', 'certificate.course', 'certificate.jp', 'certificate.status', 'certificate.file'];
  if (admin) columns.push('certificate.actions');
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'report-table', id: 'region-certificate-table' },
    el('caption', { text: t('certificate.regionCaption', list.totalItems) }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: t(c) })))),
    el('tbody', {}, list.items.length === 0
      ? el('tr', {}, el('td', { colspan: String(columns.length), class: 'muted', text: t('certificate.regionNone') }))
      : list.items.map((c) => el('tr', { 'data-id': String(c.id) },
        el('th', { scope: 'row', 'data-label': t('certificate.number'), text: c.number }),
        el('td', { 'data-label': t('certificate.name'), text: c.name }),
        el('td', { 'data-label': t('certificate.course'), text: c.course }),
        el('td', { 'data-label': t('certificate.jp'), text: String(c.jp) }),
        el('td', { 'data-label': t('certificate.status'), text: c.revoked ? t('certificate.revokedBecause', c.revokedReason) : t('certificate.valid') }),
        el('td', { 'data-label': t('certificate.file') }, c.revoked ? '' : el('a', { href: `api/v1/report/certificates/${c.id}/pdf`, download: '', 'aria-label': t('certificate.downloadLabel', c.course), text: t('certificate.download') })),
        admin ? el('td', {}, c.revoked ? '' : revokeForm(c, reload)) : null)))));
}

function revokeForm(c, reload) {
  const form = el('form', { class: 'inline-form revoke-form', novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    el('label', {}, t('certificate.reason'), el('input', { name: 'reason', maxlength: '500', required: true, 'aria-label': t('certificate.reasonLabel', c.number) })),
    el('button', { type: 'submit', class: 'secondary', text: t('certificate.revoke') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', `report/certificates/${c.id}/revocation`, { reason: form.elements.reason.value });
      reload();
    } catch (e) { showErrors(form, e, t); }
  });
  return form;
}

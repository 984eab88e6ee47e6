// User administration pages: list with filters and paging, create/edit form, CSV import.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { navigate, session } from '../app.js';
import { issuedCodes } from './slips.js';

const ROLES = ['LEARNER', 'INSTRUCTOR', 'REGIONAL_ADMIN', 'EVALUATOR', 'SYSTEM_ADMIN'];
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export async function userListPage() {
  const params = new URLSearchParams({ page: '1', size: '20' });
  const table = el('div', { id: 'user-table' });
  const regions = await api('GET', 'regions');
  const filters = el('form', { class: 'filters user-filters', role: 'search' },
    el('input', { name: 'q', type: 'search', placeholder: t('users.search'), 'aria-label': t('users.search') }),
    session.has('SYSTEM_ADMIN')
      ? el('select', { name: 'region', 'aria-label': t('user.region') },
        el('option', { value: '', text: t('users.allRegions') }),
        regions.map((r) => el('option', { value: r.code, text: r.name })))
      : null,
    el('select', { name: 'role', 'aria-label': t('user.roles') },
      el('option', { value: '', text: t('users.allRoles') }),
      ROLES.map((r) => el('option', { value: r, text: t(`role.${r}`) }))),
    el('select', { name: 'activated', id: 'filter-activated', 'aria-label': t('users.activation') },
      el('option', { value: '', text: t('users.anyActivation') }),
      el('option', { value: 'false', text: t('users.notActivated') }),
      el('option', { value: 'true', text: t('users.activated') })),
    el('button', { type: 'submit', text: t('users.filter') }));

  async function load() {
    table.replaceChildren(el('p', { class: 'muted', text: t('common.loading') }));
    try {
      const page = await api('GET', `users?${params}`);
      table.replaceChildren(renderTable(page), pager(page));
    } catch (e) {
      table.replaceChildren(message(e.message));
    }
  }

  function pager(page) {
    const go = (n) => () => { params.set('page', String(n)); load(); };
    return el('nav', { class: 'pager', 'aria-label': t('common.pages') },
      el('button', { type: 'button', disabled: page.page <= 1, onclick: go(page.page - 1), text: t('common.previous') }),
      el('span', { text: t('common.pageOf', page.page, page.totalPages, page.totalItems) }),
      el('button', { type: 'button', disabled: page.page >= page.totalPages, onclick: go(page.page + 1), text: t('common.next') }));
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const [k, v] of new FormData(filters)) { if (v) params.set(k, v); else params.delete(k); }
    params.set('page', '1');
    load();
  });
  load();
  return el('section', {},
    el('div', { class: 'heading' },
      el('h1', { text: t('users.title') }),
      el('div', {},
        el('a', { class: 'button', href: '#/admin/users/new', id: 'new-user', text: t('users.new') }),
        ' ',
        el('a', { class: 'button secondary', href: '#/admin/users/import', text: t('nav.import') }),
        ' ',
        el('a', { class: 'button secondary', href: '#/admin/users/activation', id: 'activation-codes', text: t('activation.title') }))),
    filters, table);
}

function renderTable(page) {
  if (page.items.length === 0) return el('p', { class: 'muted', text: t('users.none') });
  const head = ['user.nip', 'user.name', 'user.unitKerja', 'user.region', 'user.roles', 'user.status', 'users.activation'];
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', {},
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: t(h) })))),
    el('tbody', {}, page.items.map((u) => el('tr', {},
      el('td', {}, el('a', { href: `#/admin/users/${u.id}`, text: u.nip || u.username })),
      el('td', { text: u.name }),
      el('td', { text: u.unitKerja || '' }),
      el('td', { text: u.regionName || '' }),
      el('td', { text: u.roles.map((r) => t(`role.${r}`)).join(', ') }),
      el('td', { text: u.active ? t('user.active') : t('user.inactive') }),
      el('td', { class: u.activated ? '' : 'pending', text: u.activated ? t('users.activated') : t('users.notActivated') }))))));
}

/** The id of the user just saved: the form drawn again after saving says so, once. */
let justSaved = null;

export async function userFormPage(id) {
  const regions = await api('GET', 'regions');
  const user = id ? await api('GET', `users/${id}`) : { roles: ['LEARNER'], active: true, region: session.user.region };
  const input = (name, attrs = {}) => el('label', {}, t(`user.${name}`),
    el('input', { name, value: user[name] ?? '', ...attrs }));
  const self = !!id && user.id === session.user.id;
  const grantable = session.has('SYSTEM_ADMIN') ? ROLES : ROLES.filter((r) => r !== 'SYSTEM_ADMIN');
  const saved = id != null && String(justSaved) === String(user.id);
  justSaved = null;
  const form = el('form', { id: 'user-form', class: 'card no-print', novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'polite' }, saved ? message(t('common.saved'), 'notice') : null),
    input('nip', { inputmode: 'numeric', maxlength: '22', readonly: !!id, required: true }),
    input('name', { required: true }),
    input('email', { type: 'email' }),
    input('instansi'),
    input('unitKerja'),
    input('jabatan'),
    input('golongan', { placeholder: 'III/a' }),
    el('label', {}, t('user.region'),
      el('select', { name: 'region' },
        el('option', { value: '', text: '—' }),
        regions.map((r) => el('option', { value: r.code, selected: r.code === user.region, text: r.name })))),
    el('fieldset', {}, el('legend', { text: t('user.roles') }),
      grantable.map((r) => el('label', { class: 'check' },
        el('input', { type: 'checkbox', name: 'roles', value: r, checked: user.roles.includes(r) }), t(`role.${r}`)))),
    el('label', {}, id ? t('user.newPassword') : t('user.password'),
      el('input', { name: 'password', type: 'password', autocomplete: 'new-password' }),
      el('small', { class: 'muted', text: t('profile.passwordRule') })),
    // one's own new password needs the current one, as on the profile page
    self ? el('label', {}, t('profile.currentPassword'),
      el('input', { name: 'currentPassword', type: 'password', autocomplete: 'current-password' })) : null,
    id ? el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: 'active', checked: user.active }), t('user.active')) : null,
    el('button', { type: 'submit', id: 'user-save', text: t('common.save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {};
    for (const key of ['nip', 'name', 'email', 'instansi', 'unitKerja', 'jabatan', 'golongan', 'region', 'password', 'currentPassword']) {
      const value = (data.get(key) || '').trim();
      if (value || (id && !['password', 'currentPassword', 'nip'].includes(key))) body[key] = value;
    }
    body.roles = data.getAll('roles');
    if (id) body.active = data.has('active');
    try {
      const saved = id ? await api('PATCH', `users/${id}`, body) : await api('POST', 'users', body);
      justSaved = saved.id;
      navigate(`/admin/users/${saved.id}`);
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  // a person without a password, or who lost it and has no e-mail: a code on paper
  const codes = el('div', { id: 'user-codes', 'aria-live': 'polite' });
  const codeButton = id && user.nip && user.active && !self
    ? el('div', { class: 'card no-print' },
      el('p', { class: 'muted', text: user.activated ? t('activation.userActivated') : t('activation.userPending') }),
      el('button', { type: 'button', id: 'user-code', class: 'secondary', onclick: async (event) => {
        event.currentTarget.disabled = true;
        try {
          codes.replaceChildren(issuedCodes(await api('POST', 'users/activation-codes', { users: [user.id] })));
          codes.scrollIntoView({ block: 'start' });
        } catch (e) {
          codes.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
        }
      }, text: t('activation.forUser') }))
    : null;
  return el('section', {}, el('h1', { class: 'no-print', text: id ? t('users.edit', user.name) : t('users.new') }), form, codeButton, codes);
}

/** Codes for everyone of a region who has not activated yet: the usual roll-out. */
export async function activationCodesPage() {
  const regions = session.has('SYSTEM_ADMIN') ? await api('GET', 'regions') : [];
  const result = el('div', { id: 'activation-result', 'aria-live': 'polite' });
  const form = el('form', { id: 'activation-form', class: 'card no-print', novalidate: true },
    el('div', { class: 'form-message' }),
    el('p', { class: 'muted', text: t('activation.help') }),
    session.has('SYSTEM_ADMIN')
      ? el('label', {}, t('user.region'),
        el('select', { name: 'region', id: 'activation-region', required: true },
          regions.map((r) => el('option', { value: r.code, text: r.name }))))
      : el('p', { text: t('activation.ownRegion', session.user.regionName || '') }),
    el('label', {}, t('activation.daysLabel'),
      el('input', { name: 'days', id: 'activation-days', type: 'number', min: '1', max: '90', value: '14', required: true })),
    el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: 'mail', id: 'activation-mail' }), t('activation.mail')),
    el('button', { type: 'submit', id: 'activation-submit', text: t('activation.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { days: Number(data.get('days')), mail: data.has('mail') };
    if (data.get('region')) body.region = data.get('region');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    result.replaceChildren();
    try {
      const issued = await api('POST', 'users/activation-codes', body);
      form.querySelector('.form-message').replaceChildren();
      result.replaceChildren(issuedCodes(issued));
      // on a phone the slips start below the fold: bring the summary and its buttons into view
      result.scrollIntoView({ block: 'start' });
    } catch (e) {
      showErrors(form, e, t);
    } finally {
      button.disabled = false;
    }
  });
  return el('section', {}, el('h1', { class: 'no-print', text: t('activation.title') }), form, result);
}

export function userImportPage() {
  const result = el('div', { id: 'import-result', 'aria-live': 'polite' });
  const form = el('form', { id: 'import-form', class: 'card', novalidate: true },
    el('div', { class: 'form-message' }),
    el('p', { class: 'muted', text: t('import.help') }),
    el('pre', { class: 'sample', tabindex: '0', text: 'nip,nama,email,instansi,unit_kerja,jabatan,golongan,wilayah,peran\n199001012015031001,Budi Santoso,budi@contoh.go.id,Pemerintah Kota Kupang,Dinas Kesehatan,Analis,III/a,kupang,learner' }),
    el('label', {}, t('import.file'), el('input', { type: 'file', name: 'file', id: 'import-file', accept: '.csv,text/csv' })),
    el('button', { type: 'submit', id: 'import-submit', text: t('import.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.querySelector('input[type=file]').files[0];
    const box = form.querySelector('.form-message');
    result.replaceChildren();
    if (!file) { box.replaceChildren(message(t('import.noFile'))); return; }
    if (file.size > MAX_IMPORT_BYTES) { box.replaceChildren(message(t('import.tooLarge', MAX_IMPORT_BYTES / 1024))); return; }
    const button = form.querySelector('button');
    button.disabled = true;
    box.replaceChildren(message(t('import.uploading', file.name), 'notice'));
    try {
      const report = await api('POST', 'users/import', file, 'text/csv');
      box.replaceChildren();
      result.replaceChildren(renderReport(report));
    } catch (e) {
      showErrors(form, e, t);
    } finally {
      button.disabled = false;
    }
  });
  return el('section', {}, el('h1', { text: t('import.title') }), form, result);
}

function renderReport(report) {
  return el('div', { class: 'card' },
    el('p', { id: 'import-summary', class: 'summary' },
      el('strong', { text: t('import.summary', report.created, report.updated, report.rejected) })),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', {},
      el('thead', {}, el('tr', {}, ['import.line', 'user.nip', 'import.outcome', 'import.reason'].map((h) => el('th', { scope: 'col', text: t(h) })))),
      el('tbody', {}, report.rows.map((row) => el('tr', { class: row.outcome.toLowerCase() },
        el('td', { text: row.line }),
        el('td', { text: row.nip || '' }),
        el('td', { text: t(`import.${row.outcome}`) }),
        el('td', { text: row.errors.map((e) => e.message).join(' ') })))))));
}

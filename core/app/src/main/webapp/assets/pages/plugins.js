// Plugin administration: upload a plugin jar (install or upgrade), the installed plugins with
// their state, disable/enable/uninstall, the audit trail and a read-only preview of their forms.
// In a region that requires approval, a regional admin's upload waits unrun: both admins see it
// waiting, a system admin approves or rejects it, and chooses the regions that require approval.
import { api, upload } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';

const STATES = ['INSTALLED', 'DISABLED', 'FAILED'];

// Each region has its own install of a plugin id: every call names the install's region.
const path = (p) => `plugins/${encodeURIComponent(p.id)}`;
const scope = (p) => `?region=${encodeURIComponent(p.region || 'all')}`;

export async function pluginsPage() {
  const system = session.has('SYSTEM_ADMIN');
  let regions = [];
  try { regions = await api('GET', 'regions'); } catch (e) { regions = []; }
  const regionName = (code) => (code ? (regions.find((r) => r.code === code)?.name || code) : t('plugins.allRegions'));

  const status = el('div', { id: 'plugin-message', 'aria-live': 'polite' });
  const list = el('div', { id: 'plugin-list-box' });
  const waitingBox = el('div', { id: 'plugin-waiting-box' });
  const open = new Set(); // panels left open across refreshes: "<id>:audit", "<id>:forms"
  let plugins = [];

  function say(text, kind = 'notice') {
    status.replaceChildren(message(text, kind));
    status.scrollIntoView({ block: 'nearest' });
  }
  function fail(e) { say(errorText(e), 'error'); }

  async function loadInstalled() {
    try {
      plugins = await api('GET', 'plugins');
      list.replaceChildren(renderList());
    } catch (e) {
      list.replaceChildren(message(errorText(e)));
    }
  }

  async function loadWaiting() {
    try {
      const uploads = await api('GET', 'plugin-uploads');
      waitingBox.replaceChildren(uploads.length ? renderWaiting(uploads) : document.createDocumentFragment());
    } catch (e) {
      waitingBox.replaceChildren(message(errorText(e)));
    }
  }

  /** Both lists as they are now: an install or an approval moves a plugin from one to the other. */
  async function load() {
    await Promise.all([loadInstalled(), loadWaiting()]);
  }

  /** Runs an action on a plugin, says what happened, and shows the list as it is now. */
  async function act(button, call, done) {
    button.disabled = true;
    try {
      const result = await call();
      say(done(result));
    } catch (e) {
      fail(e);
    } finally {
      button.disabled = false;
      await load();
    }
  }

  function renderList() {
    if (plugins.length === 0) return el('p', { class: 'muted', id: 'plugin-none', text: t('plugins.none') });
    const head = ['plugins.id', 'plugins.version', 'plugins.region', 'plugins.state', 'plugins.installed', 'plugins.actions'];
    return el('div', { class: 'scroll plugin-table', tabindex: '0' }, el('table', { id: 'plugin-list' },
      el('caption', { class: 'sr-only', text: t('plugins.listTitle') }),
      el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: t(h) })))),
      plugins.map(renderPlugin)));
  }

  function renderPlugin(p) {
    const manages = p.region ? true : system; // only system admins manage plugins for all regions
    const audit = panel(p, 'audit', t('plugins.audit'), () => loadAudit(p));
    const forms = panel(p, 'forms', t('plugins.forms'), () => loadForms(p));
    const actions = el('div', { class: 'plugin-actions' });
    if (manages) {
      if (p.state === 'INSTALLED') {
        actions.append(el('button', {
          type: 'button', class: 'secondary plugin-disable', text: t('plugins.disable'),
          onclick: (e) => act(e.currentTarget, () => api('POST', `${path(p)}/disable${scope(p)}`), () => t('plugins.disabled', p.id)),
        }));
      } else {
        actions.append(el('button', {
          type: 'button', class: 'secondary plugin-enable', text: t('plugins.enable'),
          onclick: (e) => act(e.currentTarget, () => api('POST', `${path(p)}/enable${scope(p)}`),
            (r) => (r && r.state === 'INSTALLED' ? t('plugins.enabled', p.id) : t('plugins.enableFailed', p.id))),
        }));
      }
      actions.append(el('button', {
        type: 'button', class: 'danger plugin-delete', text: t('plugins.delete'),
        onclick: (e) => {
          if (!window.confirm(t('plugins.deleteConfirm', p.id, p.version))) return;
          open.delete(`${p.id}:forms`);
          open.delete(`${p.id}:audit`);
          act(e.currentTarget, () => api('DELETE', `${path(p)}${scope(p)}`), () => t('plugins.deleted', p.id));
        },
      }));
    }
    actions.append(audit.button, forms.button);
    const state = STATES.includes(p.state) ? p.state : 'INSTALLED';
    const rows = [el('tr', { id: `plugin-${p.id}`, class: `plugin-row state-${state.toLowerCase()}`, 'data-plugin': p.id },
      el('td', { 'data-label': t('plugins.id') },
        el('strong', { class: 'plugin-id', text: p.id }),
        el('small', { class: 'muted plugin-file', title: p.checksum ? `SHA-256 ${p.checksum}` : null, text: p.fileName || '' })),
      el('td', { 'data-label': t('plugins.version'), class: 'plugin-version', text: p.version }),
      el('td', { 'data-label': t('plugins.region'), class: 'plugin-region', text: regionName(p.region) }),
      el('td', { 'data-label': t('plugins.state') },
        el('span', { class: `badge plugin-state state-${state.toLowerCase()}`, text: t(`plugins.state.${state}`) })),
      el('td', { 'data-label': t('plugins.installed'), class: 'plugin-installed', text: t('plugins.installedByAt', p.installedBy || '', formatDateTime(p.installedAt)) }),
      el('td', { 'data-label': t('plugins.actions') }, actions,
        manages ? null : el('small', { class: 'muted', text: t('plugins.globalOnly') })))];
    if (p.state === 'FAILED') {
      rows.push(el('tr', { class: 'plugin-error-row' }, el('td', { colspan: '6' },
        el('p', { class: 'message error plugin-error', id: `plugin-error-${p.id}`, role: 'alert' },
          el('strong', { text: t('plugins.failedBecause') }), ' ', p.error || t('plugins.noError'),
          p.retryAt ? el('span', { class: 'plugin-retry' }, ' ', t('plugins.retryAt', formatDateTime(p.retryAt))) : null))));
    }
    rows.push(audit.row, forms.row);
    return el('tbody', { class: 'plugin', 'data-plugin': p.id }, rows);
  }

  /** The uploads waiting for a system admin's approval (shown only when there are any). */
  function renderWaiting(uploads) {
    const head = ['plugins.id', 'plugins.version', 'plugins.region', 'plugins.uploaded', 'plugins.checksum', 'plugins.actions'];
    return el('section', { id: 'plugin-waiting', 'aria-labelledby': 'plugin-waiting-title' },
      el('h2', { id: 'plugin-waiting-title', text: t('plugins.waitingTitle') }),
      el('p', { class: 'muted', text: t(system ? 'plugins.waitingHelpSystem' : 'plugins.waitingHelpRegion') }),
      el('div', { class: 'scroll plugin-table', tabindex: '0' }, el('table', { id: 'plugin-waiting-list' },
        el('caption', { class: 'sr-only', text: t('plugins.waitingTitle') }),
        el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, uploads.map(renderUpload)))));
  }

  function renderUpload(u) {
    const where = regionName(u.region);
    const call = `plugin-uploads/${encodeURIComponent(u.key)}`;
    const actions = el('div', { class: 'plugin-actions' },
      // a plain link: the session cookie goes with it, and the server names the file
      el('a', {
        class: 'button secondary plugin-upload-jar', href: `api/v1/${call}/jar`, download: '',
        'aria-label': t('plugins.waitingJarLabel', u.fileName || u.id), text: t('plugins.waitingJar'),
      }));
    if (system) {
      actions.append(
        el('button', {
          type: 'button', class: 'plugin-approve', text: t('plugins.approve'),
          onclick: (e) => {
            if (!window.confirm(t('plugins.approveConfirm', u.id, u.version, where, short(u.checksum)))) return;
            say(t('plugins.starting', u.fileName || u.id));
            act(e.currentTarget, () => api('POST', `${call}/approve`), (p) => t('plugins.approved', p.id, p.version, regionName(p.region)));
          },
        }),
        el('button', {
          type: 'button', class: 'danger plugin-reject', text: t('plugins.reject'),
          onclick: (e) => {
            if (!window.confirm(t('plugins.rejectConfirm', u.id, u.version, where))) return;
            act(e.currentTarget, () => api('DELETE', call), () => t('plugins.rejected', u.id, u.version));
          },
        }));
    } else {
      actions.append(el('button', {
        type: 'button', class: 'secondary plugin-withdraw', text: t('plugins.withdraw'),
        onclick: (e) => {
          if (!window.confirm(t('plugins.withdrawConfirm', u.id, u.version))) return;
          act(e.currentTarget, () => api('DELETE', call), () => t('plugins.withdrawn', u.id, u.version));
        },
      }));
    }
    return el('tr', { id: `plugin-upload-${u.key}`, class: 'plugin-upload-row', 'data-plugin': u.id },
      el('td', { 'data-label': t('plugins.id') },
        el('strong', { class: 'plugin-id', text: u.id }),
        el('small', { class: 'muted plugin-file', text: u.fileName || '' })),
      el('td', { 'data-label': t('plugins.version'), class: 'plugin-version' }, u.version,
        u.downgrade ? el('span', { class: 'badge plugin-downgrade', text: t('plugins.waitingDowngrade') }) : null),
      el('td', { 'data-label': t('plugins.region'), class: 'plugin-region', text: where }),
      el('td', { 'data-label': t('plugins.uploaded'), class: 'plugin-uploaded', text: t('plugins.installedByAt', u.uploadedBy || '', formatDateTime(u.uploadedAt)) }),
      el('td', { 'data-label': t('plugins.checksum') },
        u.checksum ? el('code', { class: 'plugin-checksum', title: `SHA-256 ${u.checksum}`, text: short(u.checksum) }) : ''),
      el('td', { 'data-label': t('plugins.actions') }, actions));
  }

  /** A toggle button and the hidden row it opens; the content is fetched each time it opens. */
  function panel(p, kind, label, fill) {
    const key = `${p.id}:${kind}`;
    const id = `plugin-${kind}-${p.id}`;
    const box = el('div', { class: `plugin-panel plugin-${kind}`, id });
    const row = el('tr', { class: 'plugin-panel-row', hidden: true }, el('td', { colspan: '6' }, box));
    const button = el('button', { type: 'button', class: `secondary plugin-${kind}-toggle`, 'aria-expanded': 'false', 'aria-controls': id, text: label });
    async function show() {
      row.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      box.replaceChildren(el('p', { class: 'muted', text: t('common.loading') }));
      try {
        box.replaceChildren(await fill());
      } catch (e) {
        box.replaceChildren(message(errorText(e)));
      }
    }
    button.addEventListener('click', () => {
      if (row.hidden) { open.add(key); show(); } else {
        open.delete(key);
        row.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      }
    });
    if (open.has(key)) show();
    return { button, row };
  }

  async function loadAudit(p) {
    const trail = await api('GET', `${path(p)}/audit${scope(p)}`);
    if (trail.length === 0) return el('p', { class: 'muted', text: t('plugins.auditNone') });
    const head = ['plugins.auditAt', 'plugins.auditAction', 'plugins.version', 'plugins.auditBy', 'plugins.checksum', 'plugins.auditDetail'];
    return el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'plugin-audit-table' },
      el('caption', { text: t('plugins.auditTitle', p.id) }),
      el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: t(h) })))),
      el('tbody', {}, trail.map((a) => el('tr', { class: `audit-${String(a.action).toLowerCase()}` },
        el('td', { 'data-label': t('plugins.auditAt'), text: formatDateTime(a.at) }),
        el('td', { 'data-label': t('plugins.auditAction'), text: actionText(a.action) }),
        el('td', { 'data-label': t('plugins.version'), text: a.version || '' }),
        el('td', { 'data-label': t('plugins.auditBy'), text: a.user || '' }),
        el('td', { 'data-label': t('plugins.checksum') },
          a.checksum ? el('code', { title: a.checksum, text: a.checksum.slice(0, 12) }) : ''),
        el('td', { 'data-label': t('plugins.auditDetail'), class: 'plugin-audit-detail', text: a.detail || '' }))))));
  }

  async function loadForms(p) {
    const forms = await api('GET', `${path(p)}/forms${scope(p)}`);
    if (forms.length === 0) return el('p', { class: 'muted', text: t('plugins.formsNone') });
    return el('div', {},
      el('p', { class: 'muted', text: t('plugins.formsIntro', forms.length) }),
      forms.map(formPreview));
  }

  // a regional admin learns before uploading that their region's uploads wait for approval
  let waits = false;
  if (!system) {
    try { waits = (await api('GET', 'plugin-uploads/approval-regions')).includes(session.user?.region); } catch (e) { waits = false; }
  }
  const form = uploadForm(system, regions, () => plugins, load, waits);
  const approval = system ? await approvalCard(regions) : null;
  await load();
  return el('section', { id: 'plugins' },
    el('h1', { text: t('plugins.title') }),
    form,
    status, waitingBox,
    el('h2', { text: t('plugins.listTitle') }),
    list, approval);
}

/**
 * For system admins: the regions whose admins' uploads wait for approval, one checkbox each, saved
 * as it is ticked (and put back as it was when the server refuses).
 */
async function approvalCard(regions) {
  const note = el('div', { id: 'plugin-approval-message', 'aria-live': 'polite' });
  let requiring;
  try {
    requiring = new Set(await api('GET', 'plugin-uploads/approval-regions'));
  } catch (e) {
    requiring = null;
    note.replaceChildren(message(errorText(e)));
  }
  const row = (r) => {
    const input = el('input', { type: 'checkbox', class: 'plugin-approval-required', 'data-region': r.code, checked: requiring.has(r.code) });
    input.addEventListener('change', async () => {
      const wanted = input.checked;
      const focused = document.activeElement === input;
      input.disabled = true;
      try {
        await api(wanted ? 'PUT' : 'DELETE', `plugin-uploads/approval-regions/${encodeURIComponent(r.code)}`);
        note.replaceChildren(message(t(wanted ? 'plugins.approvalOn' : 'plugins.approvalOff', r.name), 'notice'));
      } catch (e) {
        input.checked = !wanted;
        note.replaceChildren(message(t('plugins.approvalFailed', r.name, errorText(e))));
      } finally {
        input.disabled = false;
        if (focused) input.focus(); // disabling it took the keyboard's focus away
      }
    });
    return el('tr', { 'data-region': r.code },
      el('td', { 'data-label': t('plugins.region'), text: r.name }),
      el('td', {}, el('label', { class: 'check' }, input, t('plugins.approvalRequired'),
        el('span', { class: 'sr-only', text: ` (${r.name})` }))));
  };
  return el('section', { id: 'plugin-approval', class: 'card', 'aria-labelledby': 'plugin-approval-title' },
    el('h2', { id: 'plugin-approval-title', text: t('plugins.approvalTitle') }),
    el('p', { class: 'muted', text: t('plugins.approvalHelp') }),
    note,
    requiring && regions.length
      ? el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'plugin-approval-regions' },
        el('caption', { class: 'sr-only', text: t('plugins.approvalCaption') }),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t('plugins.region') }),
          el('th', { scope: 'col', text: t('plugins.approvalColumn') }))),
        el('tbody', {}, regions.map(row))))
      : null);
}

function uploadForm(system, regions, current, reload, waits) {
  const result = el('div', { id: 'plugin-result', 'aria-live': 'polite' });
  const own = session.user?.region;
  const ownName = regions.find((r) => r.code === own)?.name || own || '';
  const form = el('form', { id: 'plugin-form', class: 'card', novalidate: true },
    el('h2', { text: t('plugins.uploadTitle') }),
    el('p', { class: 'muted', text: t('plugins.help') }),
    el('label', {}, t('plugins.file'),
      el('input', { type: 'file', name: 'file', id: 'plugin-file', accept: '.jar,application/java-archive' })),
    system
      ? el('label', {}, t('plugins.region'),
        el('select', { name: 'region', id: 'plugin-region' },
          el('option', { value: '', text: t('plugins.allRegions') }),
          regions.map((r) => el('option', { value: r.code, text: r.name }))))
      : el('p', { class: 'muted', text: t('plugins.ownRegion', ownName) }),
    waits ? el('p', { class: 'message notice', id: 'plugin-approval-needed', text: t('plugins.approvalNeeded') }) : null,
    el('div', { class: 'form-message', id: 'plugin-progress' }),
    el('button', { type: 'submit', id: 'plugin-submit', text: t('plugins.submit') }),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.querySelector('#plugin-file').files[0];
    const box = form.querySelector('.form-message');
    result.replaceChildren();
    if (!file) { box.replaceChildren(message(t('plugins.noFile'))); return; }
    if (!/\.jar$/i.test(file.name)) { box.replaceChildren(message(t('plugins.notJar', file.name))); return; }
    const region = system ? form.querySelector('#plugin-region').value : '';
    const previous = new Map(current().map((p) => [`${p.id}@${p.region || ''}`, p.version]));
    const button = form.querySelector('#plugin-submit');
    button.disabled = true;
    box.replaceChildren(progressBar(0, t('plugins.uploading', file.name, 0)));
    try {
      const send = (downgrade) => {
        const query = [region ? `region=${encodeURIComponent(region)}` : '', downgrade ? 'downgrade=true' : ''].filter(Boolean);
        return upload(`plugins${query.length ? `?${query.join('&')}` : ''}`, file, 'application/java-archive', (percent) => box.replaceChildren(
          progressBar(percent, percent < 100 ? t('plugins.uploading', file.name, percent) : t('plugins.starting', file.name))));
      };
      let plugin;
      try {
        plugin = await send(false);
      } catch (e) {
        // an older version goes back in only when the admin confirms it (the server audits it)
        if (e.type !== 'plugin-downgrade' || !window.confirm(`${errorText(e)}\n\n${t('plugins.downgradeConfirm')}`)) throw e;
        plugin = await send(true);
      }
      box.replaceChildren();
      const where = plugin.region ? (regions.find((r) => r.code === plugin.region)?.name || plugin.region) : t('plugins.allRegions');
      const before = previous.get(`${plugin.id}@${plugin.region || ''}`);
      let text;
      if (plugin.state === 'AWAITING_APPROVAL') text = t('plugins.awaiting', plugin.id, plugin.version, short(plugin.checksum));
      else if (before) text = t('plugins.upgraded', plugin.id, before, plugin.version, where);
      else text = t('plugins.installedOk', plugin.id, plugin.version, where);
      result.replaceChildren(el('p', { class: 'message notice', role: 'status', id: 'plugin-outcome', text }));
      form.querySelector('#plugin-file').value = '';
    } catch (e) {
      box.replaceChildren();
      result.replaceChildren(message(errorText(e)), problemList(e));
    } finally {
      button.disabled = false;
      await reload();
    }
  });
  return form;
}

/** The problem's own field messages (if any) under its detail. */
function problemList(e) {
  const problems = e.fieldErrors || [];
  if (!problems.length) return document.createDocumentFragment();
  return el('ul', { class: 'plugin-problems', id: 'plugin-problems' },
    problems.map((p) => el('li', {},
      p.field ? el('code', { text: p.field }) : null, p.field ? ' ' : null,
      p.message || String(p))));
}

function formPreview(f) {
  return el('article', { class: 'plugin-form-preview', 'data-form': f.id },
    el('h3', {}, f.title, el('span', { class: 'badge', text: t('plugins.formVersion', f.version) }),
      f.anonymous ? el('span', { class: 'badge', text: t('plugins.anonymous') }) : null),
    f.description ? el('p', { text: f.description }) : null,
    el('dl', { class: 'facts' },
      el('dt', { text: t('plugins.audience') }), el('dd', { text: t(`plugins.audience.${f.audience}`) }),
      el('dt', { text: t('plugins.timing') }), el('dd', { text: timingText(f.timing) }),
      el('dt', { text: t('plugins.formId') }), el('dd', {}, el('code', { text: f.id }))),
    (f.sections || []).map((s) => el('section', { class: 'plugin-form-section' },
      el('h4', { text: s.title }),
      el('ol', { class: 'plugin-items' }, (s.items || []).map(itemPreview)))));
}

function itemPreview(item) {
  const details = [];
  if (item.options && item.options.length) details.push(t('plugins.options', item.options.join(' · ')));
  if (item.kind === 'LIKERT' || item.kind === 'RATING') {
    details.push(item.scaleLabels && item.scaleLabels.length
      ? t('plugins.scaleLabels', item.scaleMin, item.scaleMax, item.scaleLabels.join(' · '))
      : t('plugins.scale', item.scaleMin, item.scaleMax));
  }
  if (item.aspect) details.push(t('plugins.aspect', item.aspect));
  return el('li', { 'data-item': item.id },
    el('span', { class: 'item-text', text: item.text }), ' ',
    el('span', { class: 'badge kind', text: t(`plugins.kind.${item.kind}`) }),
    item.required ? el('span', { class: 'badge required', text: t('plugins.required') }) : null,
    details.map((d) => el('small', { class: 'muted item-detail', text: d })));
}

function timingText(timing) {
  if (!timing) return '';
  if (timing.kind === 'AFTER_COMPLETION') return t('plugins.timing.AFTER_COMPLETION', timing.daysAfter);
  return t(`plugins.timing.${timing.kind}`);
}

function actionText(action) {
  const known = ['INSTALL', 'UPGRADE', 'DOWNGRADE', 'DISABLE', 'ENABLE', 'FAIL', 'RECOVER', 'UNINSTALL', 'AWAIT_APPROVAL', 'APPROVE', 'REJECT'];
  return known.includes(action) ? t(`plugins.action.${action}`) : String(action || '');
}

/** The first 12 hex digits of a SHA-256 checksum: enough to tell jars apart at a glance. */
function short(checksum) {
  return (checksum || '').slice(0, 12);
}

function errorText(e) {
  if (e.status === 0) return t('error.offline');
  if (e.status === 413 && !e.problem?.detail) return t('plugins.tooLarge');
  return e.message;
}

function formatDateTime(instant) {
  if (!instant) return '';
  const date = new Date(typeof instant === 'number' && instant < 1e11 ? instant * 1000 : instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return date.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID',
    { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A labelled progress bar (the same look as the course package upload). */
function progressBar(percent, label) {
  const value = Math.max(0, Math.min(100, percent ?? 0));
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${value}%`; // through CSSOM: the CSP forbids inline style attributes
  return el('div', { class: 'progress' },
    el('div', { class: 'progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label }, fill),
    el('span', { class: 'progress-label', text: label }));
}

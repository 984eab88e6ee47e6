// The region's own evaluation forms, built here by its admins: the list (version, answers,
// archived) and the editor. The editor keeps the form as data and redraws it when sections or
// items are added, removed or change kind; inputs are named by the server's field paths
// (sections[0].items[1].options) so its field errors land beside them.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { audienceText, errorText } from './common.js';
import { formPreview } from './fill.js';

const AUDIENCES = ['PARTICIPANT', 'SUPERVISOR', 'INSTRUCTOR', 'ORGANISER'];
const TIMINGS = ['COURSE_END', 'PER_SESSION', 'AFTER_COMPLETION'];
const KINDS = ['LIKERT', 'RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'TEXT'];

// the notice a new form's first save leaves for the edit page it moves to
let savedNotice = null;

/** A form code from a title: "Survei Kepuasan 2026" → survei-kepuasan-2026. */
function slug(title) {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

export async function builderListPage() {
  const list = el('div', { id: 'builder-list' });
  const status = el('div', { class: 'form-message', 'aria-live': 'polite' });
  async function load() {
    const forms = (await api('GET', 'evaluation/custom-forms')) || [];
    if (forms.length === 0) {
      list.replaceChildren(el('p', { class: 'card muted', text: t('builder.none') }));
      return;
    }
    list.replaceChildren(el('table', { class: 'table', id: 'builder-table' },
      el('thead', {}, el('tr', {}, ['builder.col.title', 'builder.col.audience', 'builder.col.version', 'builder.col.responses', 'builder.col.status', 'builder.col.actions']
        .map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, forms.map((f) => el('tr', { 'data-form': f.id },
        el('td', {}, el('strong', { text: f.title }), el('br'), el('code', { text: f.id })),
        el('td', { text: audienceText(f.audience) }),
        el('td', { text: String(f.version) }),
        el('td', { text: String(f.responses) }),
        el('td', { text: f.archived ? t('builder.archived') : t('builder.active') }),
        el('td', { class: 'actions' },
          el('a', { class: 'button secondary', href: `#/evaluation/builder/${encodeURIComponent(f.id)}`, text: t('builder.edit') }),
          el('button', { type: 'button', class: 'secondary archive', onclick: () => act(() => api('PUT', `evaluation/custom-forms/${encodeURIComponent(f.id)}/archived`, { archived: !f.archived })), text: f.archived ? t('builder.unarchive') : t('builder.archive') }),
          f.responses === 0
            ? el('button', { type: 'button', class: 'danger delete', onclick: () => { if (window.confirm(t('builder.confirmDelete', f.title))) act(() => api('DELETE', `evaluation/custom-forms/${encodeURIComponent(f.id)}`)); }, text: t('builder.delete') })
            : null))))));
  }
  async function act(call) {
    status.replaceChildren();
    try {
      await call();
      await load();
    } catch (e) {
      status.replaceChildren(message(errorText(e)));
    }
  }
  await load();
  return el('section', { class: 'evaluation-page' },
    el('h1', { text: t('builder.title') }),
    el('p', { class: 'muted', text: t('builder.intro') }),
    el('p', {}, el('a', { class: 'button', id: 'builder-new', href: '#/evaluation/builder/new', text: t('builder.new') })),
    status, list);
}

function newItem(kind, n) {
  const item = { id: `butir-${n}`, kind, text: '', required: true, aspect: '', options: [], scaleMin: 0, scaleMax: 0, scaleLabels: [] };
  return withKind(item, kind);
}

/** An item changed to another kind, with that kind's sensible defaults. */
function withKind(item, kind) {
  const next = { ...item, kind, options: [], scaleMin: 0, scaleMax: 0, scaleLabels: [] };
  if (kind === 'LIKERT') Object.assign(next, { scaleMin: 1, scaleMax: 4, scaleLabels: t('builder.likertLabels').split('|') });
  if (kind === 'RATING') Object.assign(next, { scaleMin: 1, scaleMax: 5 });
  if (kind.endsWith('_CHOICE')) next.options = item.options?.length ? item.options : [];
  if (kind === 'TEXT') next.required = false;
  return next;
}

function blank() {
  return {
    id: '', title: '', description: '', audience: 'PARTICIPANT', timing: { kind: 'COURSE_END', daysAfter: 0 }, anonymous: false,
    sections: [{ title: t('builder.firstSection'), items: [newItem('LIKERT', 1)] }],
  };
}

export async function builderEditPage(key) {
  const editing = key !== 'new';
  // a new form's code follows its title until the admin types a code of their own
  let codeTyped = editing;
  const draft = editing ? await api('GET', `evaluation/custom-forms/${encodeURIComponent(key)}`) : blank();
  let counter = draft.sections.reduce((n, s) => n + s.items.length, 0);
  const body = el('div', { class: 'builder-body' });
  const status = el('div', { class: 'form-message', 'aria-live': 'assertive' });
  const save = el('button', { type: 'submit', id: 'builder-save', text: t('builder.save') });
  // the preview is drawn on request from the draft as it stands, as the respondent will see it
  const preview = el('section', { id: 'builder-preview', class: 'card', 'aria-label': t('builder.preview'), hidden: true });
  const showPreview = el('button', { type: 'button', class: 'secondary', id: 'builder-preview-show', text: t('builder.preview') });
  showPreview.addEventListener('click', () => {
    preview.replaceChildren(el('p', { class: 'muted', text: t('builder.previewHelp') }), formPreview(draft));
    preview.hidden = false;
    showPreview.textContent = t('builder.previewAgain');
    preview.scrollIntoView?.({ block: 'start' });
  });
  const form = el('form', { id: 'builder-form', class: 'builder-form', novalidate: true }, body, status, el('div', { class: 'actions' }, save, showPreview));

  const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
  const input = (name, value, onInput, attrs = {}) => el('input', { name, value: value ?? '', ...attrs, oninput: (e) => onInput(e.target.value) });
  const field = (label, control, help) => el('label', { class: 'field' }, el('span', { text: label }), control, help ? el('small', { class: 'muted', text: help }) : null);
  const select = (name, value, options, onChange) => el('select', { name, onchange: (e) => onChange(e.target.value) },
    options.map(([v, text]) => el('option', { value: v, selected: v === value, text })));

  function itemNode(item, s, i) {
    const at = `sections[${s}].items[${i}]`;
    const section = draft.sections[s];
    const kindSpecific = [];
    if (item.kind.endsWith('_CHOICE')) {
      kindSpecific.push(field(t('builder.options'), el('textarea', { name: `${at}.options`, rows: 3, oninput: (e) => { item.options = lines(e.target.value); } }, item.options.join('\n')), t('builder.onePerLine')));
    }
    if (item.kind === 'LIKERT' || item.kind === 'RATING') {
      kindSpecific.push(el('div', { class: 'row' },
        field(t('builder.scaleMin'), input(`${at}.scaleMin`, item.scaleMin, (v) => { item.scaleMin = Number.parseInt(v, 10); }, { type: 'number', min: 0, max: 100 })),
        field(t('builder.scaleMax'), input(`${at}.scaleMax`, item.scaleMax, (v) => { item.scaleMax = Number.parseInt(v, 10); }, { type: 'number', min: 1, max: 100 }))));
      kindSpecific.push(field(t('builder.scaleLabels'), el('textarea', { name: `${at}.scaleLabels`, rows: 4, oninput: (e) => { item.scaleLabels = lines(e.target.value); } }, item.scaleLabels.join('\n')), t('builder.scaleLabelsHelp')));
    }
    return el('fieldset', { class: 'builder-item card', 'data-item': item.id },
      el('legend', { text: t('builder.item', i + 1) }),
      field(t('builder.itemText'), el('textarea', { name: `${at}.text`, rows: 2, oninput: (e) => { item.text = e.target.value; } }, item.text)),
      el('div', { class: 'row' },
        field(t('builder.kind'), select(`${at}.kind`, item.kind, KINDS.map((k) => [k, t(`builder.kind.${k}`)]), (v) => { section.items[i] = withKind(item, v); draw(); })),
        field(t('builder.itemId'), input(`${at}.id`, item.id, (v) => { item.id = v.trim(); }), t('builder.itemIdHelp')),
        field(t('builder.aspect'), input(`${at}.aspect`, item.aspect, (v) => { item.aspect = v; }), t('builder.aspectHelp'))),
      kindSpecific,
      el('label', { class: 'check' }, el('input', { type: 'checkbox', name: `${at}.required`, checked: item.required, onchange: (e) => { item.required = e.target.checked; } }), t('builder.required')),
      el('button', { type: 'button', class: 'link remove-item', disabled: section.items.length === 1, onclick: () => { section.items.splice(i, 1); draw(); }, text: t('builder.removeItem') }));
  }

  function sectionNode(section, s) {
    return el('fieldset', { class: 'builder-section', name: `sections[${s}].items` },
      el('legend', { text: t('builder.section', s + 1) }),
      field(t('builder.sectionTitle'), input(`sections[${s}].title`, section.title, (v) => { section.title = v; })),
      section.items.map((item, i) => itemNode(item, s, i)),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary add-item', onclick: () => { counter += 1; section.items.push(newItem('LIKERT', counter)); draw(); }, text: t('builder.addItem') }),
        el('button', { type: 'button', class: 'link remove-section', disabled: draft.sections.length === 1, onclick: () => { draft.sections.splice(s, 1); draw(); }, text: t('builder.removeSection') })));
  }

  function draw() {
    const code = input('id', draft.id, (v) => { draft.id = v.trim(); codeTyped = true; }, { readonly: editing, required: true });
    const days = field(t('builder.daysAfter'), input('timing.daysAfter', draft.timing.daysAfter || 90, (v) => { draft.timing.daysAfter = Number.parseInt(v, 10); }, { type: 'number', min: 1, max: 730 }));
    if (draft.timing.kind !== 'AFTER_COMPLETION') days.hidden = true;
    else draft.timing.daysAfter = draft.timing.daysAfter || 90;
    body.replaceChildren(
      el('fieldset', { class: 'builder-settings' },
        el('legend', { text: t('builder.settings') }),
        field(t('builder.formTitle'), input('title', draft.title, (v) => {
          draft.title = v;
          if (!codeTyped) { draft.id = slug(v); code.value = draft.id; }
        }, { required: true })),
        field(t('builder.formId'), code, t('builder.formIdHelp')),
        field(t('builder.description'), el('textarea', { name: 'description', rows: 2, oninput: (e) => { draft.description = e.target.value; } }, draft.description || '')),
        el('div', { class: 'row' },
          field(t('builder.audience'), select('audience', draft.audience, AUDIENCES.map((a) => [a, audienceText(a)]), (v) => { draft.audience = v; })),
          field(t('builder.timing'), select('timing.kind', draft.timing.kind, TIMINGS.map((k) => [k, t(`builder.timing.${k}`)]), (v) => { draft.timing = { kind: v, daysAfter: v === 'AFTER_COMPLETION' ? 90 : 0 }; draw(); })),
          days),
        el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'anonymous', checked: draft.anonymous, onchange: (e) => { draft.anonymous = e.target.checked; } }), t('builder.anonymous'))),
      ...draft.sections.map(sectionNode),
      el('p', {}, el('button', { type: 'button', class: 'secondary', id: 'builder-add-section', onclick: () => { counter += 1; draft.sections.push({ title: '', items: [newItem('LIKERT', counter)] }); draw(); }, text: t('builder.addSection') })));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    save.disabled = true;
    try {
      const path = editing ? `evaluation/custom-forms/${encodeURIComponent(key)}` : 'evaluation/custom-forms';
      const saved = await api(editing ? 'PUT' : 'POST', path, draft);
      const notice = t('builder.saved', saved.title, saved.version);
      if (editing) {
        status.replaceChildren(message(notice, 'notice'));
      } else {
        savedNotice = notice;
        window.location.hash = `#/evaluation/builder/${encodeURIComponent(saved.id)}`;
      }
    } catch (e) {
      showErrors(form, e, t);
      form.querySelector('[aria-invalid]')?.focus();
    } finally {
      save.disabled = false;
    }
  });

  draw();
  if (savedNotice) {
    status.replaceChildren(message(savedNotice, 'notice'));
    savedNotice = null;
  }
  return el('section', { class: 'evaluation-page' },
    el('p', {}, el('a', { href: '#/evaluation/builder', text: t('builder.back') })),
    el('h1', { text: editing ? t('builder.editTitle', draft.title) : t('builder.newTitle') }),
    editing ? el('p', { class: 'muted', text: t('builder.versionNote', draft.version) }) : null,
    form, preview);
}

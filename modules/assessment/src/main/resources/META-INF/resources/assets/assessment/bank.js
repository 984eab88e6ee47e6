// A course's question bank for its staff: list by category, edit one question (a save is a new
// version), delete, regrade past attempts, import and export GIFT / Moodle XML.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { pager } from '../course/widgets.js';
import { errorText } from './format.js';

export const FORMATS = ['PLAIN', 'MARKDOWN', 'HTML', 'MOODLE'];
export const TYPES = ['SINGLE_CHOICE', 'MULTIPLE_RESPONSE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ESSAY', 'DESCRIPTION'];
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export async function bankPage(code) {
  const { course } = await api('GET', `courses/${code}`);
  const status = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const list = el('div', { id: 'question-list' });
  const editorSlot = el('div', { id: 'question-editor' });
  const categories = new Set();
  const datalist = el('datalist', { id: 'bank-categories' });
  const filter = el('form', { class: 'inline-form', id: 'bank-filter', role: 'search' },
    el('input', { name: 'category', list: 'bank-categories', 'aria-label': t('bank.category'), placeholder: t('bank.allCategories') }),
    el('button', { type: 'submit', class: 'secondary', text: t('bank.filter') }));
  let current = 1;

  async function load(page = current) {
    current = page;
    const category = filter.category.value.trim();
    try {
      const result = await api('GET', `courses/${code}/questions?page=${page}&size=20${category ? `&category=${encodeURIComponent(category)}` : ''}`);
      result.items.forEach((q) => categories.add(q.category));
      datalist.replaceChildren(...[...categories].sort().map((c) => el('option', { value: c })));
      list.replaceChildren(result.items.length === 0
        ? el('p', { class: 'muted', text: t('bank.none') })
        : el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'question-table' },
          el('caption', { text: t('bank.count', result.totalItems) }),
          el('thead', {}, el('tr', {}, ['bank.name', 'bank.type', 'bank.category', 'bank.version', 'bank.actions']
            .map((h) => el('th', { scope: 'col', text: t(h) })))),
          el('tbody', {}, result.items.map((q) => row(q))))),
        pager(result, load, 'bank.pageOf'));
    } catch (e) {
      list.replaceChildren(message(errorText(e)));
    }
  }

  function row(q) {
    const edit = el('button', { type: 'button', class: 'secondary', text: t('bank.edit'), 'aria-label': t('bank.editNamed', q.content.name) });
    edit.addEventListener('click', () => openEditor(q));
    const regrade = el('button', { type: 'button', class: 'secondary', text: t('bank.regrade'), 'aria-label': t('bank.regradeNamed', q.content.name) });
    regrade.addEventListener('click', async () => {
      if (!window.confirm(t('bank.regradeConfirm', q.content.name))) return;
      try {
        const outcome = await api('POST', `questions/${q.id}/regrade`);
        status.replaceChildren(message(t('bank.regraded', outcome.attempts), 'notice'));
      } catch (e) {
        status.replaceChildren(message(errorText(e)));
      }
    });
    const remove = el('button', { type: 'button', class: 'danger', text: t('bank.delete'), 'aria-label': t('bank.deleteNamed', q.content.name) });
    remove.addEventListener('click', async () => {
      if (!window.confirm(t('bank.deleteConfirm', q.content.name))) return;
      try {
        await api('DELETE', `questions/${q.id}`);
        status.replaceChildren(message(t('bank.deleted', q.content.name), 'notice'));
        await load();
      } catch (e) {
        status.replaceChildren(message(errorText(e)));
      }
    });
    return el('tr', { 'data-question': String(q.id) },
      el('td', { text: q.content.name }),
      el('td', { text: t(`bank.type.${q.content.type}`) }),
      el('td', { text: q.category }),
      el('td', { text: String(q.version) }),
      el('td', { class: 'actions' }, edit, ' ', regrade, ' ', remove));
  }

  function openEditor(question) {
    editorSlot.replaceChildren(questionForm(code, question, async (saved) => {
      editorSlot.replaceChildren();
      status.replaceChildren(message(t('bank.saved', saved.content.name, saved.version), 'notice'));
      await load();
    }, () => editorSlot.replaceChildren()));
    editorSlot.querySelector('input, select, textarea')?.focus();
  }

  filter.addEventListener('submit', (event) => { event.preventDefault(); load(1); });
  await load(1);
  return el('section', { class: 'bank' },
    el('h1', { text: t('bank.title', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })),
    el('div', { class: 'heading' },
      filter, datalist,
      el('div', { class: 'bank-tools' },
        el('button', { type: 'button', id: 'new-question', onclick: () => openEditor(null), text: t('bank.new') }), ' ',
        el('a', { class: 'button secondary', id: 'export-questions', href: `api/v1/courses/${code}/questions/export`, download: `${code}.gift.txt`, text: t('bank.export') }), ' ',
        el('a', { class: 'button secondary', id: 'export-questions-xml', href: `api/v1/courses/${code}/questions/export?format=xml`, download: `${code}.xml`, text: t('bank.exportXml') }))),
    status, editorSlot, list,
    importPanel(code, () => load(1)));
}

// ---- the question editor ----------------------------------------------------------------

const percent = (fraction) => String(Math.round((fraction ?? 0) * 10000) / 100);

/** The editor for one question (null: a new one); calls saved(view) after a successful save. */
function questionForm(code, question, saved, cancel) {
  const content = question?.content || { type: 'SINGLE_CHOICE', defaultMark: 1, choices: [] };
  // a cloze question is made by import (there is no gap editor): it is offered only to itself
  const types = content.type === 'CLOZE' ? ['CLOZE'] : TYPES;
  const typeSelect = el('select', { name: 'type' }, types.map((type) => el('option', { value: type, selected: type === content.type, text: t(`bank.type.${type}`) })));
  const parts = el('div', { class: 'type-parts' });
  const form = el('form', { id: 'question-form', class: 'card', novalidate: true },
    el('h2', { text: question ? t('bank.editTitle', content.name) : t('bank.newTitle') }),
    question ? el('p', { class: 'muted', text: t('bank.versionNote', question.version) }) : null,
    el('div', { class: 'form-message' }),
    el('label', {}, t('bank.type'), typeSelect),
    el('label', {}, t('bank.text'), el('textarea', { name: 'text', rows: '4', required: true, text: content.text || '' })),
    el('label', {}, t('bank.format'),
      el('select', { name: 'format', 'aria-describedby': 'question-format-help' },
        FORMATS.map((f) => el('option', { value: f, selected: f === (content.format || 'PLAIN'), text: t(`bank.format.${f}`) })))),
    el('p', { class: 'muted hint', id: 'question-format-help', text: t('bank.formatHelp') }),
    // sanitised by the server (QuestionText): the one field of this page put in as HTML
    question?.preview != null ? el('div', { class: 'question-preview' },
      el('p', { class: 'muted', text: t('bank.preview') }),
      Object.assign(el('div', { class: 'question-text', id: 'question-preview' }), { innerHTML: question.preview })) : null,
    el('label', {}, t('bank.name'), el('input', { name: 'name', value: question ? content.name : '', placeholder: t('bank.namePlaceholder') })),
    el('div', { class: 'field-row' },
      el('label', {}, t('bank.category'), el('input', { name: 'category', list: 'bank-categories', required: true, value: question?.category ?? '' })),
      el('label', {}, t('bank.mark'), el('input', { name: 'defaultMark', type: 'number', min: '0.5', max: '100', step: '0.5', value: String(content.defaultMark ?? 1) }))),
    el('label', {}, t('bank.tags'), el('input', { name: 'tags', value: (question?.tags || []).join(', '), placeholder: t('bank.tagsPlaceholder') })),
    parts,
    el('label', {}, t('bank.generalFeedback'), el('textarea', { name: 'generalFeedback', rows: '2', text: content.generalFeedback || '' })),
    el('div', { class: 'form-buttons' },
      el('button', { type: 'submit', id: 'question-save', text: t('common.save') }), ' ',
      el('button', { type: 'button', class: 'secondary', id: 'question-cancel', onclick: cancel, text: t('bank.cancel') })));
  let editor = typeEditor(content.type, content);
  parts.replaceChildren(editor.node);
  typeSelect.addEventListener('change', () => {
    // Keep what fits the new type: the options of a choice question stay when switching to another.
    editor = typeEditor(typeSelect.value, { ...content, ...editor.read() });
    parts.replaceChildren(editor.node);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      category: String(data.get('category') || '').trim(),
      tags: String(data.get('tags') || '').split(',').map((tag) => tag.trim()).filter(Boolean),
      content: {
        type: typeSelect.value,
        name: String(data.get('name') || '').trim() || null,
        text: data.get('text'),
        format: String(data.get('format') || 'PLAIN'),
        generalFeedback: String(data.get('generalFeedback') || '').trim() || null,
        defaultMark: Number(String(data.get('defaultMark')).replace(',', '.')),
        ...editor.read(),
      },
    };
    try {
      saved(question
        ? await api('PUT', `questions/${question.id}`, body)
        : await api('POST', `courses/${code}/questions`, body));
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return form;
}

/** The part of the editor that depends on the type; read() gives its content fields. */
function typeEditor(type, content) {
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return rowsEditor(t('bank.options'), t('bank.addOption'), content.choices?.length ? content.choices : [{ fraction: 1 }, { fraction: 0 }],
        [['text', t('bank.optionText'), 'text'], ['fraction', t('bank.fraction'), 'percent'], ['feedback', t('bank.feedback'), 'text']],
        (rows) => ({ choices: withIds(rows) }), type === 'MULTIPLE_RESPONSE' ? t('bank.multiHelp') : t('bank.singleHelp'));
    case 'SHORT_ANSWER':
      return rowsEditor(t('bank.accepted'), t('bank.addAccepted'), content.choices?.length ? content.choices : [{ fraction: 1 }],
        [['text', t('bank.acceptedText'), 'text'], ['fraction', t('bank.fraction'), 'percent'], ['feedback', t('bank.feedback'), 'text']],
        (rows) => ({ choices: withIds(rows) }), t('bank.shortHelp'));
    case 'NUMERIC':
      // the catch-all answer (Moodle's *) is shown and typed as * in the value column
      return rowsEditor(t('bank.numbers'), t('bank.addNumber'), content.numbers?.length ? content.numbers.map((n) => (n.any ? { ...n, value: '*' } : n)) : [{ fraction: 1, tolerance: 0 }],
        [['value', t('bank.value'), 'number'], ['tolerance', t('bank.tolerance'), 'number'], ['fraction', t('bank.fraction'), 'percent'], ['feedback', t('bank.feedback'), 'text']],
        (rows) => ({ numbers: rows.map((r) => (r.value === '*'
          ? { value: 0, tolerance: 0, fraction: r.fraction, feedback: r.feedback || null, any: true }
          : { value: r.value, tolerance: r.tolerance ?? 0, fraction: r.fraction, feedback: r.feedback || null })) }), t('bank.numericHelp'));
    case 'MATCHING':
      // a row with an answer and no prompt is a distractor, as "= -> answer" is in GIFT
      return rowsEditor(t('bank.pairs'), t('bank.addPair'),
        content.pairs?.length ? [...content.pairs, ...(content.distractors || []).map((answer) => ({ prompt: '', answer }))] : [{}, {}],
        [['prompt', t('bank.prompt'), 'text'], ['answer', t('bank.answer'), 'text']],
        (rows) => ({
          pairs: rows.filter((r) => r.prompt || !r.answer).map((r) => ({ prompt: r.prompt || '', answer: r.answer || '' })),
          distractors: rows.filter((r) => !r.prompt && r.answer).map((r) => r.answer),
        }), t('bank.matchingHelp'));
    case 'TRUE_FALSE':
      return trueFalseEditor(content);
    case 'CLOZE':
      return clozeSummary(content);
    default:
      return { node: el('p', { class: 'muted', text: t(type === 'DESCRIPTION' ? 'bank.descriptionHelp' : 'bank.essayHelp') }), read: () => ({}) };
  }
}

/** A cloze question's gaps, listed to read; saving keeps them as they are. */
function clozeSummary(content) {
  const gaps = content.gaps || [];
  const answers = (gap) => (gap.kind === 'NUMERIC'
    ? (gap.numbers || []).filter((n) => !n.any).map((n) => `${n.value}${n.tolerance ? ` ± ${n.tolerance}` : ''} (${percent(n.fraction)}%)`)
    : (gap.choices || []).map((c) => `${c.text} (${percent(c.fraction)}%)`)).join('; ');
  const kind = (gap) => t(`bank.gapKind.${gap.kind}${gap.caseSensitive ? '_CASE' : ''}`);
  return {
    node: el('div', { class: 'cloze-summary' },
      el('p', { class: 'muted', text: t('bank.clozeHelp') }),
      el('ul', { class: 'plain' }, gaps.map((gap) => el('li', { class: 'pre', text: t('bank.gapSummary', gap.number, kind(gap), gap.weight, answers(gap)) })))),
    read: () => ({ gaps }),
  };
}

/** Choice ids are kept; a new option gets the first free letter. */
function withIds(rows) {
  const used = new Set(rows.map((r) => r.id).filter(Boolean));
  let next = 0;
  const free = () => {
    let id;
    do { id = next < 26 ? String.fromCharCode(97 + next) : `o${next}`; next += 1; } while (used.has(id));
    used.add(id);
    return id;
  };
  return rows.map((r) => ({ id: r.id || free(), text: r.text || '', fraction: r.fraction ?? 0, feedback: r.feedback || null }));
}

/**
 * A list of rows (options, accepted answers, numbers or pairs) with add and remove. Columns are
 * [field, label, kind]; kind 'percent' shows a fraction as a percentage.
 */
function rowsEditor(legend, addLabel, initial, columns, toContent, help) {
  const body = el('div', { class: 'rows' });
  const fieldset = el('fieldset', { class: 'rows-editor' }, el('legend', { text: legend }),
    help ? el('p', { class: 'muted hint', text: help }) : null, body);
  function addRow(values = {}) {
    const number = body.children.length + 1;
    const row = el('div', { class: 'edit-row' });
    if (values.id) row.dataset.id = values.id;
    for (const [field, label, kind] of columns) {
      const value = kind === 'percent' ? percent(values[field]) : values[field] ?? '';
      row.append(el('label', { class: 'cell' }, el('span', { class: 'cell-label', text: label }),
        el('input', { 'data-field': field, 'data-kind': kind, value: String(value),
          type: 'text', inputmode: kind === 'text' ? null : 'decimal',
          'aria-label': `${label} ${number}` })));
    }
    row.append(el('button', { type: 'button', class: 'secondary remove-row', 'aria-label': t('bank.removeRow', number), text: '×', onclick: () => row.remove() }));
    body.append(row);
  }
  initial.forEach((values) => addRow(values));
  fieldset.append(el('button', { type: 'button', class: 'secondary add-row', onclick: () => { addRow(columns.some((c) => c[0] === 'fraction') ? { fraction: 0 } : {}); body.lastElementChild.querySelector('input').focus(); }, text: addLabel }));
  function read() {
    const rows = [...body.children].map((row) => {
      const values = { id: row.dataset.id };
      row.querySelectorAll('input').forEach((input) => {
        const raw = input.value.trim();
        const kind = input.dataset.kind;
        if (kind === 'text') values[input.dataset.field] = raw;
        else {
          // Accept the Indonesian decimal comma; an empty number stays empty (the server says so).
          const value = raw === '' ? null : raw === '*' ? '*' : Number(raw.replace(',', '.'));
          values[input.dataset.field] = kind === 'percent' && value !== null ? value / 100 : value;
        }
      });
      return values;
    });
    return toContent(rows);
  }
  return { node: fieldset, read };
}

function trueFalseEditor(content) {
  const choices = content.choices || [];
  const right = choices.find((c) => c.fraction > 0)?.id ?? 'true';
  const feedback = (id) => choices.find((c) => c.id === id)?.feedback || '';
  const text = (id) => choices.find((c) => c.id === id)?.text || (id === 'true' ? 'Benar' : 'Salah');
  const fieldset = el('fieldset', { class: 'rows-editor' }, el('legend', { text: t('bank.trueFalseAnswer') }),
    el('label', { class: 'check' }, el('input', { type: 'radio', name: 'tf-answer', value: 'true', checked: right === 'true' }), t('attempt.true')),
    el('label', { class: 'check' }, el('input', { type: 'radio', name: 'tf-answer', value: 'false', checked: right === 'false' }), t('attempt.false')),
    el('label', {}, t('bank.feedbackTrue'), el('input', { 'data-feedback': 'true', value: feedback('true') })),
    el('label', {}, t('bank.feedbackFalse'), el('input', { 'data-feedback': 'false', value: feedback('false') })));
  return {
    node: fieldset,
    read: () => {
      const answer = fieldset.querySelector('input[name=tf-answer]:checked')?.value ?? 'true';
      return { choices: ['true', 'false'].map((id) => ({
        id, text: text(id), fraction: id === answer ? 1 : 0,
        feedback: fieldset.querySelector(`[data-feedback="${id}"]`).value.trim() || null,
      })) };
    },
  };
}

// ---- import -------------------------------------------------------------------------------

function importPanel(code, reload) {
  const result = el('div', { id: 'import-result', 'aria-live': 'polite' });
  const form = el('form', { id: 'import-form', class: 'card', novalidate: true },
    el('h2', { text: t('bank.importTitle') }),
    el('p', { class: 'muted', text: t('bank.importHelp') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('bank.importFile'), el('input', { type: 'file', name: 'file', id: 'import-file', accept: '.gift,.txt,.xml' })),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'skipUnsupported', id: 'import-skip' }), t('bank.importSkipUnsupported')),
    el('button', { type: 'submit', id: 'import-submit', text: t('bank.importSubmit') }),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = form.querySelector('.form-message');
    const file = form.querySelector('input[type=file]').files[0];
    result.replaceChildren();
    box.replaceChildren();
    if (!file) { box.replaceChildren(message(t('bank.importNoFile'))); return; }
    if (file.size > MAX_IMPORT_BYTES) { box.replaceChildren(message(t('bank.importTooLarge', 5))); return; }
    const format = /\.xml$/i.test(file.name) ? 'xml' : 'gift';
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    box.replaceChildren(el('p', { class: 'muted', text: t('bank.importing', file.name) }));
    try {
      // the file's name is part of each question's identity: re-importing it revises, never copies
      const skip = form.querySelector('#import-skip').checked;
      const query = new URLSearchParams({ format, file: file.name, skipUnsupported: String(skip) });
      const outcome = await api('POST', `courses/${code}/questions/import?${query}`, await file.text(), 'text/plain');
      box.replaceChildren();
      const summary = outcome.skipped
        ? t('bank.importSummarySkipped', outcome.created, outcome.revised, outcome.unchanged, outcome.skipped)
        : t('bank.importSummary', outcome.created, outcome.revised, outcome.unchanged);
      result.replaceChildren(message(summary, 'notice'));
      if (outcome.skipped) {
        result.append(el('h3', { text: t('bank.importSkipped', outcome.skipped) }),
          el('ul', { id: 'import-skipped', class: 'problems' }, outcome.skippedQuestions.map((p) => el('li', {},
            el('strong', { text: t('bank.line', p.line) }), ' ', el('span', { text: p.reason })))));
      }
      form.reset();
      await reload();
    } catch (e) {
      box.replaceChildren(message(errorText(e)));
      if (e.fieldErrors?.length) {
        result.replaceChildren(el('h3', { text: t('bank.importProblems', e.fieldErrors.length) }),
          el('ul', { id: 'import-problems', class: 'problems' }, e.fieldErrors.map((p) => el('li', {},
            el('strong', { text: where(p.field) }), ' ', el('span', { text: p.message })))));
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** "line 12" from the server, said in the UI's language. */
function where(field) {
  const match = /^line (\d+)$/.exec(field || '');
  return match ? t('bank.line', match[1]) : field || '';
}

// Filling in an evaluation form: sections as fieldsets, one control group per item, required
// items checked here before the answers go to the server (which checks them again).
// Form texts come from plugins: they only ever go in as text, never as markup.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { nextStepOf } from '../course/steps.js';
import { errorText } from './common.js';

const CHOICES = ['LIKERT', 'RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

let counter = 0; // DOM ids are numbered: item ids from plugins are not guaranteed to be id-safe

export async function fillPage(pluginId, formId, course, about) {
  const entries = (await api('GET', 'evaluation/forms')) || [];
  const entry = entries.find((e) => e.pluginId === pluginId && e.form?.id === formId);
  if (!entry) {
    return el('section', { class: 'evaluation-page' },
      message(t('evaluation.formNotFound')),
      el('p', {}, el('a', { href: '#/evaluation', text: t('evaluation.backToForms') })));
  }
  const { form } = entry;
  const same = (p) => p.course === course && (p.about || undefined) === about;
  const pending = (entry.pending || []).find(same);
  if (!pending) {
    // answered already, or never issued on this occasion: the server would refuse the answer
    const done = (entry.done || []).some(same);
    return el('section', { class: 'evaluation-page' },
      message(done ? t('evaluation.alreadyAnswered') : t('evaluation.notIssuedYet'), done ? 'notice' : undefined),
      el('p', {}, el('a', { href: '#/evaluation', text: t('evaluation.backToForms') })));
  }
  const items = [];
  const status = el('div', { class: 'form-message', 'aria-live': 'assertive' });
  const submit = el('button', { type: 'submit', id: 'evaluation-submit', text: t('evaluation.submit') });
  const htmlForm = el('form', { id: 'evaluation-form', class: 'evaluation-form', novalidate: true },
    form.anonymous ? message(t('evaluation.anonymousForm'), 'notice') : null,
    el('p', { class: 'muted required-help' }, el('span', { class: 'required-mark', 'aria-hidden': 'true', text: '*' }), ' ', t('evaluation.requiredHelp')),
    formSections(form, items),
    status,
    el('div', { class: 'evaluation-actions' }, submit));
  const done = el('div', { id: 'evaluation-done', class: 'message notice', role: 'status', tabindex: '-1', hidden: true },
    el('p', { text: t('evaluation.done') }),
    el('p', {}, el('a', { href: '#/evaluation', text: t('evaluation.backToForms') })));

  htmlForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    items.forEach((i) => i.setError(null));
    const answers = {};
    const invalid = [];
    for (const item of items) {
      const value = item.value();
      const problem = item.check(value);
      if (problem) { item.setError(problem); invalid.push(item); continue; }
      if (value !== '') answers[item.id] = value;
    }
    if (invalid.length > 0) {
      status.replaceChildren(message(invalid.length === 1 ? t('evaluation.fixOne') : t('evaluation.fix', invalid.length)));
      invalid[0].focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('evaluation.sending');
    try {
      await api('POST', 'evaluation/responses', { pluginId, formId, course: course || null, about: about || null, answers });
      htmlForm.hidden = true;
      done.hidden = false;
      done.focus();
      // a course's form is one step of its way: the next one (another form, the transcript)
      if (course) nextStepOf(course).then((next) => { if (next) done.append(next); }).catch(() => {});
      return;
    } catch (e) {
      if (e.type === 'already-answered') {
        status.replaceChildren(message(e.problem?.detail || t('evaluation.alreadyAnswered')));
        submit.hidden = true;
        return;
      }
      status.replaceChildren(message(errorText(e)));
      let first = null;
      for (const { field, message: text } of e.fieldErrors || []) {
        const id = String(field ?? '').replace(/^answers[.[]/, '').replace(/^item-/, '').replace(/]$/, '');
        const item = items.find((i) => i.id === id);
        if (!item) continue;
        item.setError(text);
        first = first || item;
      }
      first?.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t('evaluation.submit');
    }
  });

  return el('section', { class: 'evaluation-page evaluation-fill' },
    el('p', {}, el('a', { href: '#/evaluation', text: t('evaluation.backToForms') })),
    el('h1', { text: form.title || form.id }),
    form.description ? el('p', { class: 'evaluation-description', text: form.description }) : null,
    course ? el('p', { class: 'evaluation-course' }, t('evaluation.forCourse', pending.courseTitle || course)) : null,
    pending.aboutLabel ? el('p', { class: 'evaluation-about' }, t('evaluation.about', pending.aboutLabel)) : null,
    htmlForm, done);
}

/** The form's sections as fieldsets; each item's controls are added to {@code items}. */
function formSections(form, items) {
  return (form.sections || []).map((section) => el('fieldset', { class: 'evaluation-section' },
    section.title ? el('legend', { text: section.title }) : null,
    (section.items || []).map((item) => {
      const built = itemControl(item);
      items.push(built);
      return built.node;
    })));
}

/** A form as the person filling it in will see it, for its author: nothing is sent from here. */
export function formPreview(form) {
  return el('div', { class: 'evaluation-form form-preview' },
    el('h2', { text: form.title || t('builder.untitled') }),
    form.description ? el('p', { class: 'evaluation-description', text: form.description }) : null,
    form.anonymous ? message(t('evaluation.anonymousForm'), 'notice') : null,
    formSections(form, []));
}

function range(from, to) {
  const list = [];
  for (let n = from; n <= to && list.length < 20; n += 1) list.push(n);
  return list;
}

function titleOf(item, tag, attributes) {
  return el(tag, attributes, el('span', { class: 'item-text', text: item.text || item.id }),
    item.required ? [' ', el('span', { class: 'required-mark', 'aria-hidden': 'true', text: '*' }),
      el('span', { class: 'sr-only', text: t('evaluation.requiredSr') })] : null);
}

/** One item's controls: { id, node, value(), check(value), setError(text), focus() }. */
function itemControl(item) {
  counter += 1;
  const base = `evaluation-item-${counter}`;
  const name = `item-${item.id}`;
  const errorId = `${base}-error`;
  const error = el('span', { id: errorId, class: 'field-error', hidden: true });
  const kind = CHOICES.includes(item.kind) ? item.kind : (item.kind === 'NUMBER' ? 'NUMBER' : 'TEXT');
  let node;
  let inputs;

  if (CHOICES.includes(kind)) {
    let choices;
    if (kind === 'LIKERT') choices = likertChoices(item);
    else if (kind === 'RATING') choices = ratingChoices(item);
    else choices = (item.options || []).map((o) => ({ value: String(o), label: [el('span', { text: String(o) })] }));
    const type = kind === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio';
    inputs = choices.map((c, i) => el('input', { type, name, value: c.value, id: `${base}-${i}` }));
    const scale = kind === 'LIKERT' || kind === 'RATING';
    node = el('fieldset', {
      class: `evaluation-item kind-${kind.toLowerCase()}`, 'data-item': item.id, 'aria-describedby': errorId,
      role: type === 'radio' ? 'radiogroup' : null, 'aria-required': item.required && type === 'radio' ? 'true' : null,
    },
    titleOf(item, 'legend', {}),
    kind === 'MULTIPLE_CHOICE' ? el('p', { class: 'muted item-hint', text: t('evaluation.chooseAny') }) : null,
    el('div', { class: scale ? `scale scale-${kind.toLowerCase()}` : 'choices' },
      choices.map((c, i) => el('label', { class: scale ? 'scale-point' : 'option', for: `${base}-${i}` }, inputs[i], c.label))),
    error);
  } else if (kind === 'NUMBER') {
    const input = el('input', {
      type: 'number', id: base, name, step: 'any', inputmode: 'decimal',
      'aria-describedby': errorId, 'aria-required': item.required ? 'true' : null,
    });
    inputs = [input];
    node = el('div', { class: 'evaluation-item kind-number', 'data-item': item.id },
      titleOf(item, 'label', { for: base }), input, error);
  } else {
    const input = el('textarea', {
      id: base, name, rows: '4', maxlength: '4000',
      'aria-describedby': errorId, 'aria-required': item.required ? 'true' : null,
    });
    inputs = [input];
    node = el('div', { class: 'evaluation-item kind-text', 'data-item': item.id },
      titleOf(item, 'label', { for: base }), input, error);
  }

  const value = () => {
    if (kind === 'MULTIPLE_CHOICE') return inputs.filter((i) => i.checked).map((i) => i.value).join('; ');
    if (CHOICES.includes(kind)) return inputs.find((i) => i.checked)?.value ?? '';
    if (kind === 'NUMBER' && inputs[0].validity.badInput) return null; // typed, but not a number
    return inputs[0].value.trim();
  };
  return {
    id: item.id,
    node,
    value,
    check(v) {
      if (v === null) return t('evaluation.notNumber');
      if (item.required && v === '') return CHOICES.includes(kind) ? t('evaluation.requiredChoice') : t('evaluation.requiredText');
      return null;
    },
    setError(text) {
      error.textContent = text || '';
      error.hidden = !text;
      node.classList.toggle('invalid', !!text);
      inputs.forEach((i) => (text ? i.setAttribute('aria-invalid', 'true') : i.removeAttribute('aria-invalid')));
    },
    focus() { inputs[0]?.focus(); node.scrollIntoView?.({ block: 'center' }); },
  };
}

function likertChoices(item) {
  const min = Number.isFinite(item.scaleMin) ? item.scaleMin : 1;
  const max = Number.isFinite(item.scaleMax) ? item.scaleMax : 5;
  const points = range(min, max);
  const labels = item.scaleLabels || [];
  return points.map((n, i) => {
    // one label per point, or only the two ends labelled
    let text = null;
    if (labels.length === points.length) text = labels[i];
    else if (labels.length >= 2 && i === 0) text = labels[0];
    else if (labels.length >= 2 && i === points.length - 1) text = labels[labels.length - 1];
    return {
      value: String(n),
      label: [el('span', { class: 'scale-number', text: String(n) }),
        text ? el('span', { class: 'scale-label', text: String(text) }) : null],
    };
  });
}

function ratingChoices(item) {
  const max = Number.isFinite(item.scaleMax) && item.scaleMax > 0 ? item.scaleMax : 5;
  return range(1, max).map((n) => ({
    value: String(n),
    label: [el('span', { class: 'stars', 'aria-hidden': 'true', text: '★'.repeat(n) }),
      el('span', { class: 'scale-label', text: n === 1 ? t('evaluation.starOne') : t('evaluation.stars', n) })],
  }));
}

// Cloze (embedded answers): the question text holds a marker {#n} where gap n goes. The text is
// put on the page first, as any question text is (as text, or as sanitised HTML); the markers are
// then found by walking its text nodes and replaced with nodes, so no markup is ever built from
// the question's text here.
import { el } from '../dom.js';
import { t } from '../i18n.js';

const MARKER = /\{#(\d{1,4})\}/g;

/** Replaces every marker under root with render(number); a marker render gives null for stays. */
export function fillGaps(root, render) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (MARKER.test(node.data)) texts.push(node);
    MARKER.lastIndex = 0;
  }
  for (const node of texts) {
    const parts = [];
    let last = 0;
    for (const m of node.data.matchAll(MARKER)) {
      const replacement = render(Number(m[1]));
      if (!replacement) continue;
      parts.push(node.data.slice(last, m.index), replacement);
      last = m.index + m[0].length;
    }
    parts.push(node.data.slice(last));
    node.replaceWith(...parts.filter((p) => p !== ''));
  }
}

/**
 * The inputs of a cloze question in place of its markers. onChange(immediate) is called when a
 * gap changes: at once for a choice, after typing for a text (the caller debounces). read() gives
 * the response: { matches: { "1": text or option token, ... } } without empty gaps.
 */
export function clozeInputs(root, q, response, onChange) {
  const name = `q-${q.position}`;
  const saved = response?.matches || {};
  const controls = new Map();
  fillGaps(root, (number) => {
    const gap = (q.gaps || []).find((g) => g.number === number);
    if (!gap) return null;
    const label = t('attempt.gap', number);
    const value = saved[String(number)] ?? '';
    let control;
    if (gap.kind === 'SHORT_ANSWER' || gap.kind === 'NUMERIC') {
      control = el('input', {
        type: 'text', class: 'gap-input', name: `${name}-gap-${number}`, 'data-gap': String(number),
        inputmode: gap.kind === 'NUMERIC' ? 'decimal' : null, autocomplete: 'off', 'aria-label': label, value,
      });
      control.addEventListener('input', () => onChange(false));
      control.addEventListener('blur', () => onChange(true));
      controls.set(number, () => control.value);
    } else if (gap.kind === 'MULTIPLE_RESPONSE') {
      // several picks, sent as the attempt's tokens joined by commas
      const picked = new Set(value.split(',').filter(Boolean));
      control = el('span', { class: `gap-radios ${String(gap.layout).toLowerCase()}`, role: 'group', 'aria-label': label, 'data-gap': String(number) },
        gap.options.map((o) => el('label', { class: 'gap-option' },
          el('input', { type: 'checkbox', name: `${name}-gap-${number}`, value: o.id, checked: picked.has(o.id) }), ' ', o.text)));
      control.addEventListener('change', () => onChange(true));
      controls.set(number, () => [...control.querySelectorAll('input:checked')].map((i) => i.value).join(','));
    } else if (gap.layout === 'VERTICAL' || gap.layout === 'HORIZONTAL') {
      control = el('span', { class: `gap-radios ${gap.layout.toLowerCase()}`, role: 'radiogroup', 'aria-label': label, 'data-gap': String(number) },
        gap.options.map((o) => el('label', { class: 'gap-option' },
          el('input', { type: 'radio', name: `${name}-gap-${number}`, value: o.id, checked: value === o.id }), ' ', o.text)));
      control.addEventListener('change', () => onChange(true));
      controls.set(number, () => control.querySelector('input:checked')?.value ?? '');
    } else {
      control = el('select', { class: 'gap-select', name: `${name}-gap-${number}`, 'aria-label': label, 'data-gap': String(number) },
        el('option', { value: '', text: t('attempt.choose') }),
        gap.options.map((o) => el('option', { value: o.id, selected: value === o.id, text: o.text })));
      control.addEventListener('change', () => onChange(true));
      controls.set(number, () => control.value);
    }
    return control;
  });
  return () => {
    const matches = {};
    for (const [number, value] of controls) {
      const v = value();
      if (v && v.trim()) matches[String(number)] = v;
    }
    return { matches };
  };
}

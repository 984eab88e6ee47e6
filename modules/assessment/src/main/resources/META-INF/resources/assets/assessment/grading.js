// The essays of a course waiting for a grade: read the answer, give points and a comment.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, errorText, num, pct, shown } from './format.js';

export async function gradingPage(code) {
  const { course } = await api('GET', `courses/${code}`);
  const list = el('div', { id: 'grading-list' });
  try {
    const waiting = await api('GET', `courses/${code}/grading`);
    const empty = () => el('p', { class: 'muted', id: 'grading-empty', text: t('grading.none') });
    let left = waiting.length;
    const count = el('p', { id: 'grading-count', 'aria-live': 'polite', text: t('grading.count', left) });
    // the count follows each grade saved, so the page never claims essays it no longer lists
    const graded = () => {
      left -= 1;
      count.replaceWith(left === 0 ? empty() : count);
      count.textContent = t('grading.count', left);
    };
    list.replaceChildren(waiting.length === 0
      ? empty()
      : el('div', {}, count, waiting.map((item) => gradingItem(code, item, graded))));
  } catch (e) {
    list.replaceChildren(message(errorText(e)));
  }
  return el('section', { class: 'grading' },
    el('h1', { text: t('grading.title', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })),
    list);
}

function gradingItem(code, item, graded) {
  const key = `${item.attemptId}-${item.position}`;
  const markText = num(item.mark, Number.isInteger(item.mark) ? 0 : 2);
  const form = el('form', { class: 'grading-form', id: `grade-${key}`, novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    el('label', {}, t('grading.points', markText),
      el('input', { name: 'fraction', type: 'text', inputmode: 'decimal', required: true, 'aria-describedby': `grade-${key}-help` })),
    el('p', { class: 'muted', id: `grade-${key}-help`, text: t('grading.pointsHelp', markText) }),
    el('label', {}, t('grading.comment'), el('textarea', { name: 'comment', rows: '3', maxlength: '4000' })),
    el('button', { type: 'submit', text: t('grading.save') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = form.querySelector('.form-message');
    const raw = form.fraction.value.trim().replace(',', '.');
    const points = Number(raw);
    if (raw === '' || Number.isNaN(points) || points < 0 || points > item.mark) {
      box.replaceChildren(message(t('grading.pointsInvalid', markText)));
      form.fraction.setAttribute('aria-invalid', 'true');
      return;
    }
    form.fraction.removeAttribute('aria-invalid');
    try {
      // The server takes the share of the mark, 0 to 1.
      const result = await api('PUT', `courses/${code}/grading`, {
        attemptId: item.attemptId, position: item.position,
        fraction: Math.min(1, Math.max(0, points / item.mark)), comment: form.comment.value.trim() || null,
      });
      form.replaceWith(message(result.percent == null
        ? t('grading.savedPending') : t('grading.saved', pct(result.percent)), 'notice'));
      graded();
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return el('article', { class: 'card grading-item', 'data-attempt': String(item.attemptId), 'data-position': String(item.position) },
    el('h2', { text: item.quiz }),
    el('p', { class: 'muted', text: t('grading.who', item.name, item.nip, dateTime(item.submittedAt)) }),
    el('h3', { text: t('grading.question', item.position) }),
    shown('p', { class: 'question-text' }, item.question, item.format),
    el('h3', { text: t('grading.answer') }),
    item.answer ? el('div', { class: 'essay-answer', text: item.answer }) : el('p', { class: 'muted', text: t('grading.noAnswer') }),
    form);
}

// The result of a submitted attempt: score, pass, notes, and the review when the quiz allows it.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, num, pct } from './format.js';

export async function resultPage(id) {
  const attempt = await api('GET', `attempts/${id}`);
  if (attempt.state === 'OPEN') {
    return el('section', {},
      message(t('result.notSubmitted'), 'notice'),
      el('p', {}, el('a', { class: 'button', href: `#/attempts/${attempt.id}`, text: t('result.continue') })));
  }
  return resultView(attempt);
}

function points(value) {
  return num(value, Number.isInteger(value) ? 0 : 2);
}

/** The result of a SUBMITTED attempt view (also shown in place when a test is submitted). */
export function resultView(attempt) {
  const r = attempt.result || {};
  const badge = r.passed == null ? null
    : el('span', { id: 'result-passed', class: `badge ${r.passed ? 'pass' : 'fail'}`, text: r.passed ? t('result.passed') : t('result.notPassed') });
  return el('section', { id: 'result', class: 'result' },
    el('h1', { text: t('result.title', attempt.quizTitle) }),
    el('div', { class: 'card result-summary' },
      el('p', { class: 'muted', text: t('result.attemptNumber', attempt.number, dateTime(r.submittedAt)) }),
      el('p', { class: 'result-score' },
        el('span', { id: 'result-percent', class: 'result-percent', text: r.percent == null ? t('result.percentPending') : pct(r.percent) }),
        ' ', badge),
      el('p', { id: 'result-points', text: t('result.points', r.points == null ? '–' : points(r.points), points(r.maxPoints)) }),
      r.needsGrading ? el('p', { id: 'result-grading', class: 'message notice', text: t('result.needsGrading') }) : null,
      r.autoSubmitted ? el('p', { id: 'result-auto', class: 'message notice', text: t('result.autoSubmitted') }) : null,
      el('p', {}, el('a', { id: 'back-to-course', class: 'button secondary', href: `#/courses/${attempt.course}`, text: t('result.backToCourse') }))),
    r.review ? review(r.review)
      : el('p', { class: 'muted', id: 'result-no-review', text: r.reviewAvailable ? '' : t('result.noReview') }));
}

function review(items) {
  return el('section', { id: 'review', 'aria-labelledby': 'review-title' },
    el('h2', { id: 'review-title', text: t('result.reviewTitle') }),
    items.map(reviewItem));
}

function reviewItem(item) {
  const right = item.right;
  const correct = item.fraction == null ? null : item.fraction >= 1 ? 'right' : item.fraction > 0 ? 'partly' : 'wrong';
  return el('article', { class: `card review-item ${correct || 'ungraded'}`, 'data-position': String(item.position) },
    el('h3', {}, t('result.question', item.position), ' ',
      el('span', { class: 'muted', text: item.points == null ? t('result.itemPending', points(item.mark)) : t('result.itemPoints', points(item.points), points(item.mark)) })),
    el('p', { class: 'question-text', text: item.text }),
    el('dl', { class: 'facts review-facts' },
      el('dt', { text: t('result.yourAnswer') }), el('dd', {}, answerText(item, item.response)),
      right ? [el('dt', { text: t('result.rightAnswer') }), el('dd', {}, rightText(item))] : null,
      item.feedback ? [el('dt', { text: t('result.feedback') }), el('dd', { class: 'pre', text: item.feedback })] : null,
      item.generalFeedback ? [el('dt', { text: t('result.generalFeedback') }), el('dd', { class: 'pre', text: item.generalFeedback })] : null,
      item.graderComment ? [el('dt', { text: t('result.graderComment') }), el('dd', { class: 'pre', text: item.graderComment })] : null));
}

function optionText(item, id) {
  if (item.type === 'TRUE_FALSE' && (id === 'true' || id === 'false')) return t(`attempt.${id}`);
  return item.options?.find((o) => o.id === id)?.text ?? id;
}

/** The learner's answer as text lines; matching prompts come from the key's pairs by index. */
function answerText(item, response) {
  const r = response || {};
  let lines = [];
  if (r.choices?.length) lines = r.choices.map((id) => optionText(item, id));
  else if (r.text) lines = [r.text];
  else if (r.matches && Object.keys(r.matches).length) {
    const pairs = item.right?.pairs || [];
    lines = Object.keys(r.matches).sort((a, b) => a - b)
      .map((i) => `${pairs[Number(i)]?.prompt ?? `#${Number(i) + 1}`} → ${r.matches[i]}`);
  }
  return lines.length ? list(lines) : el('span', { class: 'muted', text: t('result.noAnswer') });
}

function rightText(item) {
  const r = item.right;
  const lines = [
    ...(r.choices || []).map((id) => optionText(item, id)),
    ...(r.texts || []),
    ...(r.numbers || []).map((n) => (n.tolerance ? `${num(n.value, decimals(n.value))} ± ${num(n.tolerance, decimals(n.tolerance))}` : num(n.value, decimals(n.value)))),
    ...(r.pairs || []).map((p) => `${p.prompt} → ${p.answer}`),
  ];
  return lines.length ? list(lines) : el('span', { class: 'muted', text: '–' });
}

function decimals(value) {
  const text = String(value);
  return text.includes('.') ? Math.min(6, text.split('.')[1].length) : 0;
}

function list(lines) {
  return lines.length === 1 ? el('span', { class: 'pre', text: lines[0] }) : el('ul', { class: 'plain' }, lines.map((line) => el('li', { class: 'pre', text: line })));
}

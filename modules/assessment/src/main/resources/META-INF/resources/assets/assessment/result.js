// The result of a submitted attempt: score, pass, notes, and as much of the review as the quiz's
// review rules allow now (with when the rest opens).
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { fillGaps } from './cloze.js';
import { dateTime, num, pct, shown } from './format.js';
import { nextStepOf } from '../course/steps.js';

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
  const marks = r.scoreShown !== false;
  // passed is null where pass or fail means nothing (a pre-test is diagnostic): no badge then
  const badge = r.passed == null ? null
    : el('span', { id: 'result-passed', class: `badge ${r.passed ? 'pass' : 'fail'}`, text: r.passed ? t('result.passed') : t('result.notPassed') });
  return el('section', { id: 'result', class: 'result' },
    el('h1', { text: t('result.title', attempt.quizTitle) }),
    el('div', { class: 'card result-summary' },
      el('p', { class: 'muted', text: t('result.attemptNumber', attempt.number, dateTime(r.submittedAt)) }),
      marks ? el('p', { class: 'result-score' },
        el('span', { id: 'result-percent', class: 'result-percent', text: r.percent == null ? t('result.percentPending') : pct(r.percent) }),
        ' ', badge)
        : el('p', { id: 'result-no-marks', class: 'muted', text: t('result.noMarks') }),
      marks ? el('p', { id: 'result-points', text: t('result.points', r.points == null ? '–' : points(r.points), points(r.maxPoints)) }) : null,
      r.needsGrading ? el('p', { id: 'result-grading', class: 'message notice', text: t('result.needsGrading') }) : null,
      r.autoSubmitted ? el('p', { id: 'result-auto', class: 'message notice', text: t('result.autoSubmitted') }) : null,
      nextStep(attempt.course),
      el('p', {}, el('a', { id: 'back-to-course', class: 'button secondary', href: `#/courses/${attempt.course}`, text: t('result.backToCourse') }))),
    reviewOpens(r),
    r.review ? review(r.review)
      : (r.reviewOpens ? null : el('p', { class: 'muted', id: 'result-no-review', text: t('result.noReview') })));
}

/** The learner's next step in the course (the lessons after a pre-test, ...), filled in when read. */
function nextStep(code) {
  const slot = el('div', { id: 'result-next', 'aria-live': 'polite' });
  nextStepOf(code)
    .then((button) => { if (button) slot.replaceChildren(el('h2', { text: t('step.resultNext') }), button); })
    // the result stands on its own; "back to the course" below still leads on
    .catch(() => {});
  return slot;
}

/** When the right answers are held back for now, says when they will be shown. */
function reviewOpens(r) {
  if (r.reviewOpens === 'LAST_ATTEMPT') return el('p', { id: 'result-review-opens', class: 'message notice', text: t('result.reviewOpensLastAttempt') });
  if (r.reviewOpens === 'CLOSE') return el('p', { id: 'result-review-opens', class: 'message notice', text: t('result.reviewOpensClose', dateTime(r.reviewOpensAt)) });
  return null;
}

function review(items) {
  return el('section', { id: 'review', 'aria-labelledby': 'review-title' },
    el('h2', { id: 'review-title', text: t('result.reviewTitle') }),
    items.map(reviewItem));
}

function verdict(fraction) {
  return fraction == null ? null : fraction >= 1 ? 'right' : fraction > 0 ? 'partly' : 'wrong';
}

/** The text; a cloze question's gaps show what the learner wrote or chose, marked by verdict. */
function questionText(item) {
  const p = shown('p', { class: 'question-text' }, item.text, item.format);
  if (item.type !== 'CLOZE') return p;
  const given = item.response?.matches || {};
  fillGaps(p, (number) => {
    const gap = (item.gaps || []).find((g) => g.number === number);
    if (!gap) return null;
    const value = given[String(number)];
    return el('span', { class: `gap-answer ${verdict(gap.fraction) || ''}`, 'data-gap': String(number) },
      el('span', { class: 'sr-only', text: t('attempt.gap', number) }),
      `[${number}] ${value == null ? '…' : gapText(gap, value)}`);
  });
  return p;
}

function gapText(gap, value) {
  if (gap.kind === 'MULTIPLE_RESPONSE') return value.split(',').map((id) => optionOf(gap, id)).join(', ');
  return gap.kind === 'MULTIPLE_CHOICE' ? optionOf(gap, value) : value;
}

function optionOf(gap, id) {
  return (gap.options || []).find((o) => o.id === id)?.text ?? id;
}

/** Per gap: the learner's answer, its verdict, the right answer and feedback, as far as shown. */
function gapsReview(item) {
  const given = item.response?.matches || {};
  return el('dl', { class: 'facts review-gaps' }, (item.gaps || []).flatMap((gap) => {
    const value = given[String(gap.number)];
    const mark = verdict(gap.fraction);
    const right = gap.right ? [...(gap.right.choices || []).map((id) => gapText(gap, id)), ...(gap.right.texts || []), ...(gap.right.numbers || []).map(numberText)] : [];
    return [
      el('dt', { text: t('attempt.gap', gap.number) }),
      el('dd', { class: `gap-review ${mark || ''}`, 'data-gap': String(gap.number) },
        item.response ? el('span', { class: 'pre', text: value == null ? t('result.noAnswer') : gapText(gap, value) }) : null,
        mark ? el('span', { class: 'gap-verdict', text: ` (${t(`result.gap.${mark}`)})` }) : null,
        right.length ? el('div', { class: 'gap-right', text: t('result.gapRight', right.join(' / ')) }) : null,
        gap.feedback ? el('div', { class: 'pre gap-feedback', text: gap.feedback }) : null),
    ];
  }));
}

function reviewItem(item) {
  const right = item.right;
  const correct = verdict(item.fraction);
  return el('article', { class: `card review-item ${correct || 'ungraded'}`, 'data-position': String(item.position) },
    el('h3', {}, t('result.question', item.position), ' ',
      el('span', { class: 'muted', text: item.points == null ? t('result.itemPending', points(item.mark)) : t('result.itemPoints', points(item.points), points(item.mark)) })),
    questionText(item),
    item.type === 'CLOZE' ? gapsReview(item) : null,
    el('dl', { class: 'facts review-facts' },
      item.response && item.type !== 'CLOZE' ? [el('dt', { text: t('result.yourAnswer') }), el('dd', {}, answerText(item, item.response))] : null,
      right ? [el('dt', { text: t('result.rightAnswer') }), el('dd', {}, rightText(item))] : null,
      item.feedback ? [el('dt', { text: t('result.feedback') }), shown('dd', { class: 'pre' }, item.feedback, item.format)] : null,
      item.generalFeedback ? [el('dt', { text: t('result.generalFeedback') }), shown('dd', { class: 'pre' }, item.generalFeedback, item.format)] : null,
      item.graderComment ? [el('dt', { text: t('result.graderComment') }), el('dd', { class: 'pre', text: item.graderComment })] : null));
}

/** An option as a node: its text is sanitised HTML in an 'html' question, except matching answers. */
function optionNode(item, id) {
  if (item.type === 'TRUE_FALSE' && (id === 'true' || id === 'false')) return el('span', { text: t(`attempt.${id}`) });
  const option = item.options?.find((o) => o.id === id);
  if (!option) return el('span', { text: id });
  return shown('span', {}, option.text, item.type === 'MATCHING' || item.type === 'TRUE_FALSE' ? 'plain' : item.format);
}

/** A matching line: the prompt (HTML in an 'html' question) → the answer (always text). */
function pairNode(item, prompt, answer) {
  return el('span', {}, shown('span', {}, prompt, item.format), ' → ', answer);
}

/** The learner's answer as text lines; matching answers are named by the attempt's tokens. */
function answerText(item, response) {
  const r = response || {};
  let lines = [];
  if (r.choices?.length) lines = r.choices.map((id) => optionNode(item, id));
  else if (r.text) lines = [r.text];
  else if (r.matches && Object.keys(r.matches).length) {
    const prompts = item.prompts || [];
    lines = Object.keys(r.matches).sort((a, b) => a - b)
      .map((i) => (prompts[Number(i)] == null
        ? el('span', {}, `#${Number(i) + 1} → `, optionNode(item, r.matches[i]))
        : pairNode(item, prompts[Number(i)], optionNode(item, r.matches[i]))));
  }
  return lines.length ? list(lines) : el('span', { class: 'muted', text: t('result.noAnswer') });
}

function rightText(item) {
  const r = item.right;
  const lines = [
    ...(r.choices || []).map((id) => optionNode(item, id)),
    ...(r.texts || []),
    ...(r.numbers || []).map(numberText),
    ...(r.pairs || []).map((p) => pairNode(item, p.prompt, p.answer)),
  ];
  return lines.length ? list(lines) : el('span', { class: 'muted', text: '–' });
}

function numberText(n) {
  return n.tolerance ? `${num(n.value, decimals(n.value))} ± ${num(n.tolerance, decimals(n.tolerance))}` : num(n.value, decimals(n.value));
}

function decimals(value) {
  const text = String(value);
  return text.includes('.') ? Math.min(6, text.split('.')[1].length) : 0;
}

/** Lines of text or nodes; a string is always put in as text. */
function list(lines) {
  const line = (tag, value) => (value instanceof Node ? el(tag, { class: 'pre' }, value) : el(tag, { class: 'pre', text: value }));
  return lines.length === 1 ? line('span', lines[0]) : el('ul', { class: 'plain' }, lines.map((value) => line('li', value)));
}

// A course's quizzes for its staff: every setting of each quiz, its fixed questions picked from the
// bank, and a form for a new quiz.
import { api } from '../api.js';
import { el, message, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { errorText } from './format.js';

const KINDS = ['PRE_TEST', 'POST_TEST', 'QUIZ'];
const GRADING = ['HIGHEST', 'LAST', 'FIRST', 'AVERAGE'];
const REVIEW = ['SCORE_ONLY', 'AFTER_SUBMIT', 'AFTER_CLOSE', 'LAST_ATTEMPT', 'CUSTOM'];
// The review rules: for each moment after an attempt, what the learner sees (ReviewRules on the server).
const MOMENTS = ['immediately', 'later', 'afterLastAttempt', 'afterClose'];
const SHOWN = ['marks', 'answers', 'rightAnswers', 'feedback'];
const MARKS = { marks: true, answers: false, rightAnswers: false, feedback: false };
const ALL = { marks: true, answers: true, rightAnswers: true, feedback: true };
const PRESETS = {
  SCORE_ONLY: [MARKS, MARKS, MARKS, MARKS],
  AFTER_SUBMIT: [ALL, ALL, ALL, ALL],
  AFTER_CLOSE: [MARKS, MARKS, MARKS, ALL],
  LAST_ATTEMPT: [MARKS, MARKS, ALL, ALL],
};

/** A table of checkboxes, a row per moment; the preset select above fills it, a change of it names its preset. */
function reviewRules(quiz, select) {
  const rules = quiz.settings.reviewRules || {};
  const box = (moment, what) => el('input', {
    type: 'checkbox', name: `rr-${moment}-${what}`, id: `quiz-${quiz.id}-rr-${moment}-${what}`,
    checked: !!rules[moment]?.[what], 'aria-label': `${t(`quiz.moment.${moment}`)}: ${t(`quiz.shown.${what}`)}`,
  });
  const table = el('table', { class: 'review-rules' },
    el('thead', {}, el('tr', {}, el('th', { text: t('quiz.moment') }), SHOWN.map((what) => el('th', { scope: 'col', text: t(`quiz.shown.${what}`) })))),
    el('tbody', {}, MOMENTS.map((moment) => el('tr', {},
      el('th', { scope: 'row', text: t(`quiz.moment.${moment}`) }),
      SHOWN.map((what) => el('td', {}, box(moment, what)))))));
  const read = () => Object.fromEntries(MOMENTS.map((moment) => [moment,
    Object.fromEntries(SHOWN.map((what) => [what, table.querySelector(`[name="rr-${moment}-${what}"]`).checked]))]));
  select.addEventListener('change', () => {
    const preset = PRESETS[select.value];
    if (!preset) return;
    MOMENTS.forEach((moment, i) => SHOWN.forEach((what) => { table.querySelector(`[name="rr-${moment}-${what}"]`).checked = preset[i][what]; }));
  });
  table.addEventListener('change', () => {
    const now = read();
    const same = (a, b) => SHOWN.every((what) => a[what] === b[what]);
    select.value = Object.keys(PRESETS).find((name) => MOMENTS.every((m, i) => same(now[m], PRESETS[name][i]))) || 'CUSTOM';
  });
  return { table, read };
}

export async function quizzesPage(code) {
  const { course } = await api('GET', `courses/${code}`);
  const list = el('div', { id: 'quiz-list' });
  const bank = await allQuestions(code);
  async function load() {
    try {
      const quizzes = await api('GET', `courses/${code}/quizzes`);
      list.replaceChildren(quizzes.length === 0
        ? el('p', { class: 'muted', text: t('quiz.none') })
        : el('div', {}, quizzes.map((quiz) => quizCard(quiz, bank))));
    } catch (e) {
      list.replaceChildren(message(errorText(e)));
    }
  }
  await load();
  return el('section', { class: 'quizzes' },
    el('h1', { text: t('quiz.heading', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') }), ' · ',
      el('a', { href: `#/courses/${code}/questions`, text: t('quiz.toBank') })),
    list,
    newQuizForm(code, load));
}

/** Every bank question (the bank pages hold at most 100 each). */
async function allQuestions(code) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const result = await api('GET', `courses/${code}/questions?page=${page}&size=100`);
    items.push(...result.items);
    if (page >= result.totalPages) return items;
  }
}

function quizCard(quiz, bank) {
  return el('article', { class: 'card quiz', 'data-quiz': String(quiz.id) },
    el('h2', {}, quiz.settings.title, ' ', el('span', { class: 'badge', text: t(`quiz.kind.${quiz.kind}`) })),
    el('p', { class: 'muted' }, t('quiz.questionCount', quiz.questionCount), ' · ',
      el('a', { href: `#/quizzes/${quiz.id}/results`, text: t('quiz.toResults') })),
    settingsForm(quiz),
    questionPicker(quiz, bank));
}

/** An instant as the value of a datetime-local input, in the browser's time zone. */
function localValue(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time, no zone) as an ISO instant; null when empty. */
function instant(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

function settingsForm(quiz) {
  const s = quiz.settings;
  const id = (name) => `quiz-${quiz.id}-${name}`;
  const field = (name, label, input) => el('label', { for: id(name) }, label, input);
  const check = (name, label, checked) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name, id: id(name), checked }), label);
  const select = (name, values, selected, prefix) => el('select', { name, id: id(name) },
    values.map((v) => el('option', { value: v, selected: v === selected, text: t(`${prefix}.${v}`) })));
  const reviewSelect = select('review', REVIEW, s.review, 'quiz.reviewMode');
  const rules = reviewRules(quiz, reviewSelect);
  const form = el('form', { class: 'quiz-settings', id: `quiz-form-${quiz.id}`, novalidate: true },
    el('h3', { text: t('quiz.settings') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    field('title', t('quiz.fieldTitle'), el('input', { name: 'title', id: id('title'), required: true, maxlength: '200', value: s.title })),
    el('div', { class: 'field-row' },
      field('timeLimitMinutes', t('quiz.timeLimit'), el('input', { name: 'timeLimitMinutes', id: id('timeLimitMinutes'), type: 'number', min: '1', max: '600', value: s.timeLimitMinutes ?? '', placeholder: t('quiz.noLimit') })),
      field('attemptsAllowed', t('quiz.attempts'), el('input', { name: 'attemptsAllowed', id: id('attemptsAllowed'), type: 'number', min: '0', max: '100', value: String(s.attemptsAllowed) })),
      field('passPercent', t('quiz.passPercent'), el('input', { name: 'passPercent', id: id('passPercent'), type: 'number', min: '0', max: '100', value: String(s.passPercent) }))),
    el('div', { class: 'field-row' },
      field('opensAt', t('quiz.opensAt'), el('input', { name: 'opensAt', id: id('opensAt'), type: 'datetime-local', value: localValue(s.opensAt) })),
      field('closesAt', t('quiz.closesAt'), el('input', { name: 'closesAt', id: id('closesAt'), type: 'datetime-local', value: localValue(s.closesAt) }))),
    el('div', { class: 'field-row' },
      field('gradingMethod', t('quiz.gradingMethod'), select('gradingMethod', GRADING, s.gradingMethod, 'quiz.grading')),
      field('review', t('quiz.review'), reviewSelect)),
    el('fieldset', { class: 'review-rules' }, el('legend', { text: t('quiz.reviewRules') }),
      el('p', { class: 'muted', text: t('quiz.reviewRulesHelp') }), rules.table),
    check('shuffleQuestions', t('quiz.shuffleQuestions'), s.shuffleQuestions),
    check('shuffleOptions', t('quiz.shuffleOptions'), s.shuffleOptions),
    quiz.kind === 'POST_TEST' ? check('requiredForCompletion', t('quiz.requiredForCompletion'), s.requiredForCompletion) : null,
    el('div', { class: 'field-row' },
      field('randomCategory', t('quiz.randomCategory'), el('input', { name: 'randomCategory', id: id('randomCategory'), value: s.randomCategory ?? '' })),
      field('randomCount', t('quiz.randomCount'), el('input', { name: 'randomCount', id: id('randomCount'), type: 'number', min: '0', max: '200', value: String(s.randomCount) }))),
    el('p', { class: 'muted', text: t('quiz.randomHelp') }),
    el('button', { type: 'submit', class: 'quiz-save', text: t('quiz.saveSettings') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const number = (name) => (String(data.get(name) ?? '').trim() === '' ? null : Number(data.get(name)));
    // PATCH sends every setting: a missing one would fall back to its default.
    const body = {
      title: data.get('title'),
      timeLimitMinutes: number('timeLimitMinutes'),
      opensAt: instant(data.get('opensAt')),
      closesAt: instant(data.get('closesAt')),
      attemptsAllowed: number('attemptsAllowed') ?? 0,
      gradingMethod: data.get('gradingMethod'),
      passPercent: number('passPercent') ?? 0,
      shuffleQuestions: data.has('shuffleQuestions'),
      shuffleOptions: data.has('shuffleOptions'),
      reviewRules: rules.read(),
      requiredForCompletion: data.has('requiredForCompletion'),
      randomCategory: String(data.get('randomCategory') || '').trim() || null,
      randomCount: number('randomCount') ?? 0,
    };
    try {
      await api('PATCH', `quizzes/${quiz.id}`, body);
      form.querySelector('.form-message').replaceChildren(message(t('common.saved'), 'notice'));
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return form;
}

/** Checkboxes of bank questions; the quiz asks the checked ones in the order listed. */
function questionPicker(quiz, bank) {
  const chosen = quiz.questionIds || [];
  // The quiz's own questions first, in their order, so saving keeps that order.
  const ordered = [
    ...chosen.map((qid) => bank.find((q) => q.id === qid)).filter(Boolean),
    ...bank.filter((q) => !chosen.includes(q.id)),
  ];
  const form = el('form', { class: 'quiz-questions', id: `quiz-questions-${quiz.id}`, novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    ordered.length === 0
      ? el('p', { class: 'muted', text: t('quiz.bankEmpty') })
      : el('ul', { class: 'picker' }, ordered.map((q) => el('li', {},
        el('label', { class: 'check' },
          el('input', { type: 'checkbox', name: 'questionIds', value: String(q.id), checked: chosen.includes(q.id) }),
          el('span', {}, q.content.name, ' ', el('span', { class: 'muted', text: `(${t(`bank.type.${q.content.type}`)} · ${q.category})` })))))),
    el('button', { type: 'submit', class: 'quiz-questions-save', text: t('quiz.saveQuestions') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const questionIds = [...form.querySelectorAll('input[name=questionIds]:checked')].map((input) => Number(input.value));
    try {
      const view = await api('PUT', `quizzes/${quiz.id}/questions`, { questionIds });
      form.querySelector('.form-message').replaceChildren(message(t('quiz.questionsSaved', view.questionCount), 'notice'));
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return el('details', { class: 'quiz-picker' },
    el('summary', { text: t('quiz.fixedQuestions', chosen.length) }), form);
}

function newQuizForm(code, reload) {
  const form = el('form', { id: 'new-quiz-form', class: 'card', novalidate: true },
    el('h2', { text: t('quiz.new') }),
    el('div', { class: 'form-message', 'aria-live': 'polite' }),
    el('label', {}, t('quiz.kind'), el('select', { name: 'kind' }, KINDS.map((k) => el('option', { value: k, text: t(`quiz.kind.${k}`) })))),
    el('label', {}, t('quiz.fieldTitle'), el('input', { name: 'title', required: true, maxlength: '200' })),
    el('p', { class: 'muted', text: t('quiz.newHelp') }),
    el('button', { type: 'submit', id: 'new-quiz-save', text: t('quiz.create') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api('POST', `courses/${code}/quizzes`, { kind: data.get('kind'), title: data.get('title') });
      form.reset();
      form.querySelector('.form-message').replaceChildren(message(t('common.saved'), 'notice'));
      await reload();
    } catch (e) {
      showErrors(form, e, t);
    }
  });
  return form;
}

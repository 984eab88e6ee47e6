// The course page's test card: the learner's pre-test and post-test with their scores and the
// pre/post comparison, plus links to the assessment pages for the course's staff.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { navigate, session } from '../app.js';
import { bandText, errorText, num, pct, STAFF, VIEWERS } from './format.js';
import { courseQuizzes } from './steps.js';

export async function testCard(detail) {
  const { course, progress } = detail;
  let quizzes;
  try {
    quizzes = await courseQuizzes(detail);
  } catch (e) {
    // The course page must still show when the tests cannot be read (e.g. offline).
    return e.status === 404 || e.status === 403 ? null : el('div', { class: 'card' }, message(errorText(e)));
  }
  if (!quizzes.length) return null;
  const pre = quizzes.find((q) => q.kind === 'PRE_TEST');
  const post = quizzes.find((q) => q.kind === 'POST_TEST');
  // the bank and the quiz settings only where the server lets one change the course (a regional
  // admin sees a shared course but does not edit it); grading and results of one's own region's
  // learners for every course one sees
  const editor = detail.editable;
  const grader = editor || session.has(...STAFF);
  const viewer = grader || session.has(...VIEWERS);
  const parts = [];
  if (progress.enrolled) {
    if (pre) parts.push(preTest(pre));
    if (post) parts.push(postTest(post, detail));
    if (pre?.mine?.percent != null && post?.mine?.percent != null) parts.push(await gainMine(course.code));
  }
  if (viewer) parts.push(staffLinks(course.code, quizzes, editor, grader, !!(pre && post)));
  if (!parts.length) return null;
  return el('section', { class: 'card tests', id: 'tests', 'aria-labelledby': 'tests-title' },
    el('h2', { id: 'tests-title', text: t('test.heading') }), ...parts);
}

/** Question count, time limit and attempts left of a quiz, as one muted line. */
function facts(quiz) {
  const s = quiz.settings;
  const left = quiz.mine?.attemptsLeft;
  return el('p', { class: 'muted', text: [
    t('test.questions', quiz.questionCount),
    s.timeLimitMinutes ? t('test.timeLimit', s.timeLimitMinutes) : t('test.noTimeLimit'),
    left === null || left === undefined ? t('test.unlimitedAttempts') : t('test.attemptsLeft', left),
  ].join(' · ') });
}

function startButton(quiz, id, label, box) {
  const button = el('button', { type: 'button', id, text: label });
  button.addEventListener('click', async () => {
    button.disabled = true;
    box.replaceChildren();
    try {
      const attempt = await api('POST', `quizzes/${quiz.id}/attempts`);
      navigate(`/attempts/${attempt.id}`);
    } catch (e) {
      box.replaceChildren(message(errorText(e)));
      button.disabled = false;
    }
  });
  return button;
}

function preTest(quiz) {
  const mine = quiz.mine || { attempts: 0 };
  const box = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const taken = mine.attempts > 0 && !mine.openAttemptId;
  return el('article', { class: 'test', id: 'pretest' },
    el('h3', { text: quiz.settings.title }),
    facts(quiz),
    taken
      ? [el('p', { class: 'message notice', id: 'pretest-done',
        text: mine.percent == null ? t('test.preDonePending') : t('test.preDone', num(mine.percent, 1)) }),
      el('p', { class: 'muted', text: t('test.lessonsOpen') })]
      : [el('p', { class: 'muted', text: t('test.preIntro') }), box,
        startButton(quiz, 'pretest-start', mine.openAttemptId ? t('test.preContinue') : t('test.preStart'), box)]);
}

function postTest(quiz, detail) {
  const mine = quiz.mine || { attempts: 0 };
  const box = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const lessonsDone = detail.modules.every((m) => m.lessons.every((l) => l.finished));
  const noneLeft = mine.attemptsLeft === 0 && !mine.openAttemptId;
  let reason = null;
  if (!lessonsDone) reason = t('test.postLocked');
  else if (mine.passed && !mine.openAttemptId) reason = t('test.postPassedAlready');
  else if (noneLeft) reason = t('test.postNoAttempts');
  const button = startButton(quiz, 'posttest-start', mine.openAttemptId ? t('test.postContinue') : t('test.postStart'), box);
  if (reason) {
    button.disabled = true;
    button.setAttribute('aria-describedby', 'posttest-reason');
  }
  const passMark = t('test.passMark', quiz.settings.passPercent);
  let standing = null;
  if (mine.attempts > 0 && !(mine.attempts === 1 && mine.openAttemptId)) {
    standing = mine.percent == null
      ? el('p', { id: 'posttest-score', text: t('test.postPending') })
      : el('p', { id: 'posttest-score' }, t('test.postBest', num(mine.percent, 1)), ' ',
        el('span', { class: `badge ${mine.passed ? 'pass' : 'fail'}`, text: mine.passed ? t('test.passed') : t('test.notPassed') }));
  }
  return el('article', { class: 'test', id: 'posttest' },
    el('h3', { text: quiz.settings.title }),
    facts(quiz),
    el('p', { class: 'muted', text: passMark }),
    standing,
    reason ? el('p', { class: 'muted', id: 'posttest-reason', text: reason }) : null,
    box, button);
}

/** The learner's own pre/post comparison (percent scale), when both tests have a score. */
async function gainMine(code) {
  let gain;
  try {
    gain = await api('GET', `courses/${code}/gain/mine`);
  } catch (e) {
    return message(errorText(e));
  }
  if (gain.pre == null || gain.post == null) return null;
  return el('div', { class: 'gain-box', id: 'gain-mine' },
    el('h3', { text: t('gain.mineTitle') }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('gain.pre') }), el('dd', { text: pct(gain.pre) }),
      el('dt', { text: t('gain.post') }), el('dd', { text: pct(gain.post) }),
      el('dt', { text: t('gain.raw') }), el('dd', { text: t('gain.rawPoints', num(gain.raw, 1)) }),
      el('dt', { text: t('gain.normalized') }),
      el('dd', { text: gain.normalized == null ? t('gain.undefined') : `${num(gain.normalized, 2)} (${bandText(gain.band)})` })),
    el('p', { class: 'muted', text: t('gain.mineHelp') }));
}

function staffLinks(code, quizzes, editor, grader, both) {
  const link = (id, href, text) => el('a', { class: 'button secondary', id, href, text });
  return el('nav', { class: 'test-links', 'aria-label': t('test.staffLinks') },
    editor ? link('bank-link', `#/courses/${code}/questions`, t('test.linkBank')) : null,
    editor ? link('quizzes-link', `#/courses/${code}/quizzes`, t('test.linkQuizzes')) : null,
    grader ? link('grading-link', `#/courses/${code}/grading`, t('test.linkGrading')) : null,
    quizzes.map((q) => link(`results-link-${q.id}`, `#/quizzes/${q.id}/results`, t('test.linkResults', q.settings.title))),
    both ? link('gain-link', `#/courses/${code}/gain`, t('test.linkGain')) : null);
}

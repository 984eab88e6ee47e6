// The assessment module's steps on a learner's way through a course (course/steps.js): the
// pre-test before the lessons, the post-test after them.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { courseSteps } from '../extensions.js';

// One read of the course's quizzes per course page, shared by the test card and the steps.
const read = new WeakMap();

/** The quizzes of the course of this detail, with the caller's standing in each. */
export function courseQuizzes(detail) {
  if (!read.has(detail)) read.set(detail, api('GET', `courses/${detail.course.code}/quizzes`));
  return read.get(detail);
}

async function test(detail, kind) {
  try {
    const quiz = (await courseQuizzes(detail)).find((q) => q.kind === kind);
    return quiz && quiz.questionCount > 0 ? quiz : null;
  } catch (e) {
    // a course whose tests cannot be read has no test step; the card says what went wrong
    return null;
  }
}

/** Continues the open attempt, or starts one; resolves to the attempt's route. */
function start(quiz) {
  return async () => {
    const id = quiz.mine?.openAttemptId ?? (await api('POST', `quizzes/${quiz.id}/attempts`)).id;
    return `/attempts/${id}`;
  };
}

courseSteps.push({
  order: 10,
  step: async (detail) => {
    const quiz = await test(detail, 'PRE_TEST');
    const mine = quiz?.mine || { attempts: 0 };
    if (!quiz || (mine.attempts > 0 && !mine.openAttemptId)) return null;
    return {
      id: 'pre-test',
      label: mine.openAttemptId ? t('test.preContinue') : t('test.preStart'),
      note: t('test.preIntro'),
      start: start(quiz),
    };
  },
});

courseSteps.push({
  order: 30,
  step: async (detail) => {
    const quiz = await test(detail, 'POST_TEST');
    const mine = quiz?.mine || { attempts: 0 };
    if (!quiz || mine.passed) return null;
    if (mine.openAttemptId) return { id: 'post-test', label: t('test.postContinue'), start: start(quiz) };
    // a course that completed without this test (it is not required) does not ask for a retake
    if (mine.attempts > 0 && detail.progress.completedAt) return null;
    if (mine.attempts > 0 && mine.percent == null) return { id: 'post-test-grading', note: t('test.postPending') };
    if (mine.attemptsLeft === 0) return { id: 'post-test-none-left', note: t('test.postNoAttempts') };
    return {
      id: 'post-test',
      label: mine.attempts > 0 ? t('step.postRetake') : t('test.postStart'),
      note: t('test.passMark', quiz.settings.passPercent),
      start: start(quiz),
    };
  },
});

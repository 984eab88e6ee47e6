// The learner's one next step in a course (pre-test → lessons → post-test → evaluation → done),
// shown as the main button of the course page, at a lesson's gate, after the last lesson and on a
// test's result. Each module contributes its steps (extensions.js, courseSteps); a step is
//   { id, label, href }            a link to follow,
//   { id, label, start }           an action (start () => Promise<route>) that leads somewhere,
//   { id, note }                   nothing to do now, and why (e.g. an essay waiting for a grade).
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { navigate } from '../app.js';
import { courseSteps } from '../extensions.js';

courseSteps.push({ order: 20, step: lessonStep });

function lessonStep(detail) {
  const { course, progress } = detail;
  const lessons = detail.modules.flatMap((m) => m.lessons);
  const next = lessons.find((l) => !l.finished);
  if (!next) return null;
  return {
    id: 'lesson',
    label: progress.finishedLessons ? t('step.lessonNext', next.title) : t('step.lessonFirst'),
    href: `#/courses/${course.code}/lessons/${next.key}`,
  };
}

/**
 * The step after everything: the course's certificate (STTPP) once it is complete, downloaded as
 * a PDF (issued the first time); the transcript is one link further, under the button.
 */
function lastStep(detail) {
  if (detail.progress.completedAt) {
    return {
      id: 'done',
      label: t('step.certificate'),
      href: `api/v1/me/certificates/course/${encodeURIComponent(detail.course.code)}/pdf`,
      download: true,
      after: el('a', { href: '#/my/transcript', id: 'step-transcript', text: t('step.transcript') }),
    };
  }
  return { id: 'waiting', note: t('step.waiting') };
}

/** The enrolled learner's next step in the course of this detail (GET courses/{code}). */
export async function nextStep(detail) {
  if (!detail.progress.enrolled) return null;
  const ordered = [...courseSteps].sort((a, b) => a.order - b.order);
  // every module asked at once (on a slow line each read costs a round trip), the first due wins
  const found = await Promise.all(ordered.map(({ step }) => step(detail)));
  return found.find(Boolean) || lastStep(detail);
}

/** The next step as the page's main button (id next-step), with its note when it has one. */
export function stepButton(step) {
  if (!step) return null;
  const note = step.note ? el('p', { class: step.label ? 'muted' : 'message notice', id: 'next-step-note', text: step.note }) : null;
  if (!step.label) return el('div', { class: 'next-step' }, note);
  const box = el('div', { class: 'form-message', 'aria-live': 'polite' });
  let action;
  if (step.href) {
    action = el('a', { class: 'button', id: 'next-step', 'data-step': step.id, href: step.href, download: step.download ? '' : null, text: step.label });
  } else {
    action = el('button', { type: 'button', id: 'next-step', 'data-step': step.id, text: step.label });
    action.addEventListener('click', async () => {
      action.disabled = true;
      box.replaceChildren();
      try {
        navigate(await step.start());
      } catch (e) {
        box.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
        action.disabled = false;
      }
    });
  }
  return el('div', { class: 'next-step' }, note, box, action, step.after ? el('p', {}, step.after) : null);
}

/** The next step of a course by its code, for pages that do not hold its detail (results). */
export async function nextStepOf(code) {
  return stepButton(await nextStep(await api('GET', `courses/${code}`)));
}

// The lesson reader: the lesson's sanitised HTML, its video, next/previous and progress.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { navigate } from '../app.js';
import { formatDate, progressBar } from './widgets.js';
import { nextStepOf } from './steps.js';

export async function lessonPage(code, key) {
  let lesson;
  try {
    lesson = await api('GET', `courses/${code}/lessons/${key}`);
  } catch (e) {
    if (e.type === 'pre-test-first') return gate(code, e);
    throw e;
  }
  const body = el('article', { class: 'card lesson-body', id: 'lesson-body' });
  // The server rendered this from Markdown with raw HTML escaped and links checked, and the
  // CSP forbids inline script; this is the one place the UI takes HTML from the server.
  body.innerHTML = lesson.html;
  const enrolled = lesson.percent !== null && lesson.percent !== undefined;
  const status = el('div', { id: 'lesson-status', 'aria-live': 'polite' });
  const progress = el('div', {}, enrolled ? progressBar(lesson.percent, t('course.progress', lesson.percent), 'course-progress') : null);

  async function finish(thenNext) {
    try {
      const result = await api('POST', `courses/${code}/lessons/${key}/completion`);
      progress.replaceChildren(progressBar(result.percent, t('course.progress', result.percent), 'course-progress'));
      finishButton.replaceWith(el('span', { class: 'badge done', id: 'lesson-done', text: t('lesson.finished') }));
      status.replaceChildren(result.completedAt
        ? el('p', { class: 'message notice', id: 'course-completed', text: t('course.completedOn', formatDate(result.completedAt), result.jp) })
        : '');
      if (thenNext && lesson.next && !result.completedAt) navigate(`/courses/${code}/lessons/${lesson.next.key}`);
      // after the last lesson the way goes on elsewhere (the post-test, a form): say where
      else if (!lesson.next) status.append(await nextStepOf(code));
    } catch (e) {
      status.replaceChildren(message(e.status === 0 ? t('error.offline') : e.message));
    }
  }

  const finishButton = enrolled && !lesson.finished
    ? el('button', { type: 'button', id: 'finish-lesson', onclick: () => finish(true), text: lesson.next ? t('lesson.finishAndNext') : t('lesson.finish') })
    : el('span', { class: 'badge done', id: 'lesson-done', hidden: !lesson.finished, text: t('lesson.finished') });

  if (enrolled && lesson.finished && !lesson.next) status.append(await nextStepOf(code));
  return el('section', { class: 'lesson' },
    el('p', { class: 'muted' }, el('a', { href: `#/courses/${code}`, text: lesson.courseTitle }), ` › ${lesson.module}`),
    el('h1', { id: 'lesson-title', text: lesson.title }),
    lesson.minutes ? el('p', { class: 'muted', text: t('course.minutes', lesson.minutes) }) : null,
    progress,
    lesson.videoUrl ? video(lesson.videoUrl) : null,
    body,
    status,
    el('nav', { class: 'lesson-nav', 'aria-label': t('lesson.navigation') },
      lesson.previous ? el('a', { class: 'button secondary', id: 'previous-lesson', href: `#/courses/${code}/lessons/${lesson.previous.key}`, text: `« ${lesson.previous.title}` }) : el('span'),
      finishButton,
      lesson.next ? el('a', { class: 'button secondary', id: 'next-lesson', href: `#/courses/${code}/lessons/${lesson.next.key}`, text: `${lesson.next.title} »` }) : el('span')));
}

/** A lesson that is not open yet: why, and the button that opens the way (the pre-test). */
async function gate(code, error) {
  return el('section', { class: 'lesson', id: 'lesson-gate' },
    message(error.message, 'notice'),
    await nextStepOf(code),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })));
}

/** YouTube and Vimeo links play embedded (the CSP allows just those two); others are links. */
function video(url) {
  const embed = embedUrl(url);
  const link = el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: t('lesson.watchVideo') });
  if (!embed) return el('p', { class: 'video-link' }, link);
  return el('figure', { class: 'video' },
    el('iframe', { src: embed, title: t('lesson.video'), allow: 'fullscreen; picture-in-picture', loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin' }),
    el('figcaption', {}, link));
}

function embedUrl(text) {
  let url;
  try { url = new URL(text); } catch (e) { return null; }
  if (url.protocol !== 'https:') return null;
  const id = /^[A-Za-z0-9_-]{6,20}$/;
  if (['www.youtube.com', 'youtube.com', 'm.youtube.com'].includes(url.hostname)) {
    const v = url.searchParams.get('v');
    return v && id.test(v) ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (url.hostname === 'youtu.be') {
    const v = url.pathname.slice(1);
    return id.test(v) ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (url.hostname === 'vimeo.com') {
    const v = url.pathname.slice(1);
    return /^\d{4,12}$/.test(v) ? `https://player.vimeo.com/video/${v}` : null;
  }
  return null;
}

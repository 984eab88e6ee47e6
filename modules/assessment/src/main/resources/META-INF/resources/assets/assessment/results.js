// A quiz's results for staff and evaluators: one line per learner (with CSV download) and the
// item analysis (facility, discrimination, reliability).
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { language, t } from '../i18n.js';
import { pager } from '../course/widgets.js';
import { dateTime, errorText, num, pct } from './format.js';

export async function resultsPage(id) {
  const quiz = await api('GET', `quizzes/${id}`);
  const table = el('div', { id: 'results' });
  async function load(page) {
    try {
      const result = await api('GET', `quizzes/${id}/results?page=${page}`);
      table.replaceChildren(result.items.length === 0
        ? el('p', { class: 'muted', text: t('quiz.resultsNone') })
        : el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'results-table' },
          el('caption', { text: t('quiz.resultsCount', result.totalItems) }),
          el('thead', {}, el('tr', {}, ['user.nip', 'user.name', 'user.unitKerja', 'user.region', 'quiz.colAttempts', 'quiz.colScore', 'quiz.colPassed', 'quiz.colLast']
            .map((h) => el('th', { scope: 'col', text: t(h) })))),
          el('tbody', {}, result.items.map((r) => el('tr', {},
            el('td', { text: r.nip }), el('td', { text: r.name }), el('td', { text: r.unitKerja || '' }), el('td', { text: r.region || '' }),
            el('td', { text: String(r.attempts) }),
            el('td', { text: r.needsGrading && r.percent == null ? t('quiz.needsGrading') : pct(r.percent) }),
            el('td', { text: r.passed == null ? '–' : r.passed ? t('result.passed') : t('result.notPassed') }),
            el('td', { text: dateTime(r.lastSubmittedAt) })))))),
        pager(result, load, 'quiz.resultsPageOf'));
    } catch (e) {
      table.replaceChildren(message(errorText(e)));
    }
  }
  await load(1);
  return el('section', { class: 'quiz-results' },
    el('h1', { text: t('quiz.resultsTitle', quiz.settings.title) }),
    el('p', {}, el('a', { href: `#/courses/${quiz.course}`, text: t('course.back') })),
    el('p', {}, el('a', { class: 'button secondary', id: 'results-csv', href: `api/v1/quizzes/${id}/results.csv?lang=${encodeURIComponent(language())}`, download: `hasil-kuis-${id}.csv`, text: t('quiz.csv') })),
    table,
    await analysis(id));
}

async function analysis(id) {
  const box = el('section', { id: 'analysis', class: 'card', 'aria-labelledby': 'analysis-title' },
    el('h2', { id: 'analysis-title', text: t('quiz.analysisTitle') }));
  let a;
  try {
    a = await api('GET', `quizzes/${id}/analysis`);
  } catch (e) {
    // Fewer than two graded attempts is no error: the server says how many there are.
    box.append(message(errorText(e), e.type === 'too-few-attempts' ? 'notice' : 'error'));
    return box;
  }
  box.append(
    el('p', { text: t('quiz.analysisFacts', a.attempts, pct(a.meanPercent)) }),
    el('p', { id: 'reliability', text: a.reliability == null ? t('quiz.reliabilityNone')
      : t('quiz.reliability', a.method ? t(`quiz.method.${a.method}`) : '', num(a.reliability, 2)) }),
    el('p', { class: 'muted', text: t('quiz.reliabilityHelp') }),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'analysis-table' },
      el('thead', {}, el('tr', {}, ['quiz.colPosition', 'bank.name', 'quiz.colFacility', 'quiz.colDiscrimination', 'quiz.colNote']
        .map((h) => el('th', { scope: 'col', text: t(h) })))),
      el('tbody', {}, a.items.map((item) => el('tr', { class: notes(item).length ? 'review-needed' : '' },
        el('td', { text: String(item.position) }), el('td', { text: item.name }),
        el('td', { text: item.facility == null ? '–' : pct(item.facility * 100) }),
        el('td', { text: num(item.discrimination, 2) }),
        el('td', { text: notes(item).join('; ') })))))),
    el('p', { class: 'muted', text: t('quiz.analysisHelp') }));
  return box;
}

/** Rule-of-thumb hints: facility below 30% is hard, above 80% easy; discrimination below 0.2 needs review. */
function notes(item) {
  const out = [];
  if (item.facility != null && item.facility < 0.3) out.push(t('quiz.hard'));
  if (item.facility != null && item.facility > 0.8) out.push(t('quiz.easy'));
  if (item.discrimination != null && item.discrimination < 0.2) out.push(t('quiz.reviewItem'));
  return out;
}

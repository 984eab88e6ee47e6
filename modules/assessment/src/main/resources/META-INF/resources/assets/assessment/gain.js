// Learning gain of a course for staff and evaluators: each learner's pre/post scores and Hake's
// normalized gain, and for all learners or one cohort the group figures with a paired t-test.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { bandText, errorText, num, pct } from './format.js';

export async function gainPage(code) {
  const { course } = await api('GET', `courses/${code}`);
  let cohorts = [];
  try { cohorts = await api('GET', `cohorts?course=${encodeURIComponent(code)}`); } catch (e) { /* only "all learners" then */ }
  const select = el('select', { id: 'gain-cohort', name: 'cohort' },
    el('option', { value: '', text: t('gain.allLearners') }),
    cohorts.map((c) => el('option', { value: String(c.id), text: c.name })));
  const body = el('div', { id: 'gain-report', 'aria-live': 'polite' });
  async function load() {
    try {
      const report = await api('GET', `courses/${code}/gain${select.value ? `?cohort=${select.value}` : ''}`);
      body.replaceChildren(figures(report.cohort, report), learners(report));
    } catch (e) {
      body.replaceChildren(message(errorText(e)));
    }
  }
  select.addEventListener('change', load);
  await load();
  return el('section', { class: 'gain' },
    el('h1', { text: t('gain.title', course.title) }),
    el('p', {}, el('a', { href: `#/courses/${code}`, text: t('course.back') })),
    el('p', { class: 'muted', text: t('gain.intro') }),
    el('label', { class: 'gain-filter' }, t('gain.cohort'), select),
    body);
}

function pValue(p) {
  if (p == null) return '–';
  return p < 0.001 ? `< ${num(0.001, 3)}` : num(p, 3);
}

/** One figure: its name, value and a sentence on how to read it. */
function figure(label, value, help) {
  return [el('dt', { text: label }), el('dd', {}, el('span', { class: 'figure', text: value }), help ? el('span', { class: 'muted figure-help', text: help }) : null)];
}

function figures(c, report) {
  if (!c) return el('p', { class: 'message notice', id: 'gain-cohort-figures', text: t('gain.noPairs') });
  const counts = c.bandCounts || {};
  return el('section', { class: 'card', id: 'gain-cohort-figures', 'aria-labelledby': 'gain-figures-title' },
    el('h2', { id: 'gain-figures-title', text: t('gain.figures') }),
    report.smallSample ? el('p', { class: 'message notice', id: 'gain-small-sample', role: 'note', text: t('gain.smallSample', c.n, report.minSample) }) : null,
    el('dl', { class: 'facts gain-facts' },
      figure(t('gain.n'), String(c.n), t('gain.nHelp')),
      figure(t('gain.meanPre'), pct(c.meanPre), null),
      figure(t('gain.meanPost'), pct(c.meanPost), null),
      figure(t('gain.meanRaw'), t('gain.rawPoints', num(c.meanRaw, 1)), null),
      figure(t('gain.classGain'), c.classNormalizedGain == null ? t('gain.undefined') : `${num(c.classNormalizedGain, 2)} (${bandText(c.band)})`, t('gain.classGainHelp')),
      figure(t('gain.meanIndividual'), c.meanIndividualGain == null ? '–' : num(c.meanIndividualGain, 2), t('gain.meanIndividualHelp')),
      figure(t('gain.sd'), num(c.sdDifference, 2), null),
      // too few pairs: no test and no effect size, which would claim more than n learners can show
      ...(report.smallSample ? [] : [
        figure(t('gain.t'), c.pairedT == null ? '–' : t('gain.tValue', num(c.pairedT, 2), c.degreesOfFreedom ?? '–'), null),
        figure(t('gain.p'), pValue(c.pValueTwoTailed), c.pValueTwoTailed == null ? t('gain.tUndefined')
          : c.pValueTwoTailed < 0.05 ? t('gain.significant') : t('gain.notSignificant')),
        figure(t('gain.effect'), num(c.effectSize, 2), t('gain.effectHelp'))]),
      figure(t('gain.bands'), t('gain.bandCounts', counts.HIGH ?? 0, counts.MEDIUM ?? 0, counts.LOW ?? 0), c.undefinedGains ? t('gain.undefinedCount', c.undefinedGains) : null)));
}

function learners(report) {
  if (!report.rows.length) return el('p', { class: 'muted', text: t('gain.noLearners') });
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'gain-table' },
    el('caption', { text: t('gain.learners', report.learners) }),
    el('thead', {}, el('tr', {}, ['user.nip', 'user.name', 'gain.colCohort', 'gain.pre', 'gain.post', 'gain.raw', 'gain.normalized', 'gain.colBand']
      .map((h) => el('th', { scope: 'col', text: t(h) })))),
    el('tbody', {}, report.rows.map((r) => el('tr', {},
      el('td', { text: r.nip }), el('td', { text: r.name }), el('td', { text: r.cohort || '–' }),
      el('td', { text: pct(r.pre) }), el('td', { text: pct(r.post) }),
      el('td', { text: r.raw == null ? '–' : num(r.raw, 1) }),
      el('td', { text: r.normalized == null ? '–' : num(r.normalized, 2) }),
      el('td', { text: bandText(r.band) }))))));
}

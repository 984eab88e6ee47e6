// The evaluator dashboard: pick a course and cohort by title, a year from those with data and a
// unit kerja; read the key figures, look at the charts, open the learners behind them.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { barFigure, number, percent } from './charts.js';
import { downloads, keyFigure, links, picker, query } from './common.js';

const BINS = [[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]];

function errorText(e) {
  return e?.status === 0 ? t('error.offline') : e?.message || t('report.failed');
}

export async function dashboardPage() {
  const choices = await api('GET', 'report/choices');
  const course = picker('pick-course', t('report.course'), t('report.allCourses'), choices.courses.map((c) => [c.code, c.title]));
  const cohort = picker('pick-cohort', t('report.cohort'), t('report.allCohorts'), []);
  const year = picker('pick-year', t('report.year'), t('report.allYears'), choices.years.map((y) => [y, String(y)]));
  const unit = picker('pick-unit', t('report.unitKerja'), t('report.allUnits'), choices.units.map((u) => [u, u]));
  const thisYear = new Date().getFullYear();
  if (choices.years.includes(thisYear)) year.select.value = String(thisYear);

  function fillCohorts() {
    const of = choices.cohorts.filter((c) => !course.select.value || c.course === course.select.value);
    cohort.select.replaceChildren(el('option', { value: '', text: t('report.allCohorts') }),
      ...of.map((c) => el('option', { value: String(c.id), text: course.select.value ? c.name : `${c.name} — ${c.courseTitle}` })));
  }
  fillCohorts();

  const output = el('div', { id: 'dashboard', 'aria-live': 'polite' });
  const files = downloads('report/outcomes/file');
  const form = el('form', { id: 'dashboard-filters', class: 'report-filters', novalidate: true },
    course.label, cohort.label, year.label, unit.label,
    el('div', { class: 'report-run' }, el('button', { type: 'submit', id: 'dashboard-run', text: t('report.show') })));

  let serial = 0;
  async function load() {
    const mine = ++serial;
    const filters = { course: course.select.value, cohort: cohort.select.value, year: year.select.value, unitKerja: unit.select.value };
    files.point(filters);
    output.setAttribute('aria-busy', 'true');
    output.replaceChildren(el('p', { class: 'muted', text: t('report.loading') }));
    try {
      const jpYear = filters.year || String(thisYear);
      const [report, byCohort, learners, compliance] = await Promise.all([
        api('GET', `report/outcomes${query(filters)}`),
        api('GET', `report/outcomes${query({ ...filters, groupBy: 'cohort' })}`),
        api('GET', `report/outcomes/learners${query(filters)}`),
        api('GET', `report/jp-compliance${query({ year: jpYear, size: 1 })}`),
      ]);
      if (mine !== serial) return;
      output.replaceChildren(...render(report, byCohort, learners, compliance, jpYear));
    } catch (e) {
      if (mine === serial) output.replaceChildren(message(errorText(e)));
    } finally {
      if (mine === serial) output.removeAttribute('aria-busy');
    }
  }
  course.select.addEventListener('change', () => { fillCohorts(); load(); });
  for (const p of [cohort, year, unit]) p.select.addEventListener('change', load);
  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();

  return el('section', { class: 'evaluation-page report-dashboard' },
    el('h1', { text: t('report.dashboardTitle') }),
    el('p', { class: 'muted', text: t('report.dashboardIntro') }),
    links(), form, files, output);
}

function change(delta, format) {
  if (delta === null || delta === undefined) return null;
  const sign = delta > 0 ? '+' : '';
  return t('report.sinceLastYear', `${sign}${format(delta)}`);
}

function render(report, byCohort, learners, compliance, jpYear) {
  const f = report.total.figures;
  const d = report.total.delta;
  if (f.enrolled === 0) {
    return [el('p', { id: 'dashboard-empty', class: 'card muted', text: t('report.nothing') })];
  }
  const gain = f.gain;
  const figures = el('div', { class: 'key-figures', id: 'key-figures' },
    keyFigure('kf-enrolled', t('report.enrolled'), number(f.enrolled, 0), change(d?.enrolled, (v) => number(v, 0))),
    keyFigure('kf-completion', t('report.completionRate'), percent(f.completionRate), change(d?.completionRate, (v) => percent(v))),
    keyFigure('kf-attendance', t('report.attendanceRate'), percent(f.attendanceRate), null),
    keyFigure('kf-pre', t('report.preMean'), number(f.pre.mean), change(d?.preMean, number)),
    keyFigure('kf-post', t('report.postMean'), number(f.post.mean), change(d?.postMean, number)),
    keyFigure('kf-gain', t('report.classGain'), number(gain?.classGain, 2), gain ? t('report.pairs', gain.pairs) : null),
    keyFigure('kf-pass', t('report.passRate'), percent(f.pass?.rate), null),
    keyFigure('kf-jp', t('report.jpCredited'), number(f.jp, 0), change(d?.jp, (v) => number(v, 0))));
  const parts = [figures];
  if (gain) {
    parts.push(el('p', { id: 'gain-statistics', class: 'card' },
      t('report.gainStatistics', number(gain.meanGain, 2), gain.low, gain.medium, gain.high, number(gain.t, 2), gain.df ?? t('report.noData'),
        gain.p === null ? t('report.noData') : number(gain.p, 3), gain.effectSize === null ? t('report.noData') : number(gain.effectSize, 2))));
    if (gain.warning) parts.push(el('p', { id: 'small-sample', class: 'message notice', role: 'note', text: document.documentElement.lang === 'en' ? gain.warning.en : gain.warning.id }));
  }
  parts.push(distribution(learners), gainPerCohort(byCohort), funnel(f), reaction(f), jpByUnit(compliance, jpYear), learnerTable(learners));
  return parts;
}

function binOf(score) {
  return Math.min(BINS.length - 1, Math.floor(Math.max(0, score) / 20));
}

function distribution(learners) {
  const pre = BINS.map(() => 0);
  const post = BINS.map(() => 0);
  let any = false;
  for (const l of learners) {
    if (typeof l.pre === 'number') { pre[binOf(l.pre)]++; any = true; }
    if (typeof l.post === 'number') { post[binOf(l.post)]++; any = true; }
  }
  return barFigure({
    id: 'chart-distribution',
    title: t('report.chartDistribution'),
    series: [t('report.preTest'), t('report.postTest')],
    rows: BINS.map(([a, b], i) => ({ label: `${a}–${b}`, values: any ? [pre[i], post[i]] : [null, null] })),
    format: (v) => number(v, 0),
  });
}

function gainPerCohort(byCohort) {
  const rows = byCohort.groups.map((g) => ({ label: g.label ?? t('report.noCohort'), values: [g.figures.gain?.classGain ?? null] }));
  return barFigure({
    id: 'chart-gain',
    title: t('report.chartGain'),
    description: t('report.chartGainHelp'),
    rows: rows.length ? rows : [{ label: t('report.noCohort'), values: [null] }],
    max: 1,
    format: (v) => number(v, 2),
  });
}

function funnel(f) {
  const steps = [
    [t('report.enrolled'), f.enrolled],
    [t('report.attended'), f.attended],
    [t('report.completed'), f.completed],
    [t('report.passed'), f.pass ? f.pass.passed : null],
  ];
  return barFigure({
    id: 'chart-funnel',
    title: t('report.chartFunnel'),
    rows: steps.map(([label, value]) => ({ label, values: [value] })),
    max: f.enrolled,
    format: (v) => `${number(v, 0)} (${percent(f.enrolled ? v / f.enrolled : null)})`,
  });
}

function reaction(f) {
  const rows = f.reaction.map((r) => ({ label: `${r.aspect} (${r.scaleMin}–${r.scaleMax}, n = ${r.n})`, values: [r.mean] }));
  const top = Math.max(0, ...f.reaction.map((r) => r.scaleMax));
  return barFigure({
    id: 'chart-reaction',
    title: t('report.chartReaction'),
    rows: rows.length ? rows : [{ label: t('report.noAnswers'), values: [null] }],
    max: top || 5,
    format: (v) => number(v, 2),
  });
}

function jpByUnit(compliance, jpYear) {
  const rows = compliance.units.map((u) => ({ label: u.unitKerja ?? t('report.noUnit'), values: [u.tally.rate] }));
  const figure = barFigure({
    id: 'chart-jp-units',
    title: t('report.chartJpUnits', jpYear, compliance.target),
    rows: rows.length ? rows : [{ label: t('report.noUnit'), values: [null] }],
    max: 1,
    format: (v) => percent(v),
  });
  figure.append(el('p', {}, el('a', { href: '#/report/jp', text: t('report.jpOpen') })));
  return figure;
}

function learnerTable(learners) {
  const columns = ['name', 'nip', 'unitKerja', 'course', 'cohort', 'pre', 'post', 'gain', 'completed'];
  return el('details', { class: 'card', id: 'learners' },
    el('summary', { text: t('report.learners', learners.length) }),
    el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t('report.learnersTable') },
      el('table', { id: 'learner-table' },
        el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: t(`report.col.${c}`) })))),
        el('tbody', {}, learners.map((l) => el('tr', {},
          el('th', { scope: 'row', text: l.name ?? '' }),
          el('td', { text: l.nip ?? '' }),
          el('td', { text: l.unitKerja ?? '' }),
          el('td', { text: l.course ?? '' }),
          el('td', { text: l.cohort ?? t('report.noCohort') }),
          el('td', { text: number(l.pre) }),
          el('td', { text: number(l.post) }),
          el('td', { text: number(l.gain, 2) }),
          el('td', { text: l.completed ? t('report.yes') : t('report.no') })))))));
}

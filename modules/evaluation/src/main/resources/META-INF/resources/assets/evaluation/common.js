// Small pieces the evaluation pages share: role list, words for form settings, number formats
// and horizontal bar charts built from DOM elements (no canvas, no inline style attributes).
// Everything here comes from plugins: it only ever goes in as text.
import { el } from '../dom.js';
import { t } from '../i18n.js';

export const REPORT_ROLES = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'EVALUATOR', 'INSTRUCTOR'];
export const BUILDER_ROLES = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

/** The route that fills in a form: for a course's form also its code and the occasion, if any. */
export function fillHref(pluginId, formId, course, about) {
  const parts = [pluginId, formId, course, course ? about : null].filter(Boolean).map(encodeURIComponent);
  return `#/evaluation/${parts.join('/')}`;
}

const AUDIENCES = ['PARTICIPANT', 'SUPERVISOR', 'INSTRUCTOR', 'ORGANISER'];

function locale() {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
}

/** A number in the page language (1.234,5 in Bahasa Indonesia); anything else as it is. */
export function formatNumber(value, digits = 2) {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value.toLocaleString(locale(), { maximumFractionDigits: digits });
  }
  return value === null || value === undefined ? '' : String(value);
}

export function audienceText(audience) {
  return AUDIENCES.includes(audience) ? t(`evaluation.audience.${audience}`) : String(audience ?? '');
}

export function timingText(timing) {
  const kind = timing?.kind;
  if (kind === 'PER_SESSION') return t('evaluation.timing.PER_SESSION');
  if (kind === 'COURSE_END') return t('evaluation.timing.COURSE_END');
  if (kind === 'AFTER_COMPLETION') {
    const days = Number(timing.daysAfter) || 0;
    return days > 0 ? t('evaluation.timing.AFTER_COMPLETION', days) : t('evaluation.timing.AFTER_COMPLETION_NOW');
  }
  return '';
}

/** The text to show for a failed API call. */
export function errorText(error) {
  return error?.status === 0 ? t('error.offline') : (error?.message || t('evaluation.failed'));
}

function hasValue(value) {
  if (value === null || value === undefined) return false;
  return Number.isFinite(typeof value === 'number' ? value : Number.parseFloat(value));
}

function toNumber(value) {
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * A horizontal bar chart as a list: one row per label, one bar per series. With share set (PIE)
 * each bar is its share of the series total and the value says the percentage as well; otherwise
 * bars are scaled to the largest value. The bars are decoration: the row text carries the figures.
 */
export function barChart({ labels = [], series = [], share = false, id, className = '' }) {
  const list = series.filter((s) => s && Array.isArray(s.values));
  const named = list.length > 1;
  const totals = list.map((s) => s.values.reduce((sum, v) => sum + Math.max(0, toNumber(v)), 0));
  const max = Math.max(0, ...list.flatMap((s) => s.values.map((v) => toNumber(v))));
  const rows = labels.map((label, i) => el('li', { class: 'chart-row' },
    el('span', { class: 'chart-label', text: String(label ?? '') }),
    list.map((s, k) => {
      const raw = s.values[i];
      if (!hasValue(raw)) {
        // no data is not 0: on a 1-5 scale a zero bar reads as the worst possible answer
        return el('div', { class: 'chart-line chart-no-data' },
          named ? el('span', { class: 'chart-series', text: String(s.name ?? '') }) : null,
          el('div', { class: 'chart-track', 'aria-hidden': 'true' }),
          el('span', { class: 'chart-value muted', text: t('evaluation.chart.noData') }));
      }
      const value = Math.max(0, toNumber(raw));
      const percent = share ? (totals[k] > 0 ? (value * 100) / totals[k] : 0) : (max > 0 ? (value * 100) / max : 0);
      const fill = el('div', { class: `chart-bar series-${k % 6}` });
      fill.style.width = `${Math.min(100, percent)}%`; // through CSSOM: the CSP forbids style attributes
      const figure = share ? t('evaluation.chart.share', formatNumber(raw), formatNumber(percent, 1)) : formatNumber(raw);
      return el('div', { class: 'chart-line' },
        named ? el('span', { class: 'chart-series', text: String(s.name ?? '') }) : null,
        el('div', { class: 'chart-track', 'aria-hidden': 'true' }, fill),
        el('span', { class: 'chart-value', text: figure }));
    })));
  const legend = named
    ? el('ul', { class: 'chart-legend' }, list.map((s, k) => el('li', {},
      el('span', { class: `chart-swatch series-${k % 6}`, 'aria-hidden': 'true' }), String(s.name ?? ''))))
    : null;
  return el('div', { class: `bar-chart ${className}`.trim(), id }, legend, el('ul', { class: 'chart-rows' }, rows));
}

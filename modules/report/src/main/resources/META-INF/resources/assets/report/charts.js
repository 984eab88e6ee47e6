// Charts of the report pages, drawn as inline SVG from numbers only (never markup), each with a
// title and a description for screen readers and the same figures as a table in a <details>.
// "No data" (null) is written as such in place of a bar, never drawn as a bar of 0.
import { el } from '../dom.js';
import { t } from '../i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const INK = '#1d2733';
const MUTED = '#5b6775';
const TRACK = '#e8ecf0';
export const COLOURS = ['#0b6e4f', '#7a4a00', '#1f4e9c', '#8b1e3f'];

let serial = 0;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function locale() {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
}

/** A number in the page's language; null or missing as the "no data" text. */
export function number(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return t('report.noData');
  return value.toLocaleString(locale(), { maximumFractionDigits: digits });
}

/** A share (0..1) as a percent in the page's language; null as "no data". */
export function percent(share, digits = 0) {
  if (typeof share !== 'number' || !Number.isFinite(share)) return t('report.noData');
  return `${(share * 100).toLocaleString(locale(), { maximumFractionDigits: digits })}%`;
}

/** Cuts a long label for the drawing; the table below the chart keeps it whole. */
function short(text, max = 26) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Horizontal bars, one row per label with one bar per series. `rows`: [{ label, values: [number|null] }],
 * `series`: names (a legend when more than one), `max`: the scale's top, `format`: value → text.
 */
export function barFigure({ id, title, description, series = [''], rows, max, format = number }) {
  const n = ++serial;
  const titleId = `chart-title-${n}`;
  const descId = `chart-desc-${n}`;
  const rowHeight = 14 * series.length + 12;
  const legend = series.length > 1 ? 22 : 0;
  const height = Math.max(1, rows.length) * rowHeight + legend + 8;
  const width = 640;
  const labelWidth = 210;
  const barArea = width - labelWidth - 90;
  const top = Math.max(0, max ?? Math.max(0, ...rows.flatMap((r) => r.values.filter((v) => typeof v === 'number'))));
  const parts = [];
  if (series.length > 1) {
    series.forEach((name, k) => {
      const x = labelWidth + k * 140;
      parts.push(svg('rect', { x, y: 4, width: 12, height: 12, fill: COLOURS[k % COLOURS.length] }),
        svg('text', { x: x + 16, y: 14, 'font-size': 12, fill: INK }, name));
    });
  }
  rows.forEach((row, i) => {
    const y = legend + 4 + i * rowHeight;
    parts.push(svg('text', { x: 0, y: y + rowHeight / 2 + 2, 'font-size': 12, fill: INK }, short(row.label)));
    row.values.forEach((value, k) => {
      const by = y + 4 + k * 14;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        parts.push(svg('text', { x: labelWidth, y: by + 10, 'font-size': 11, 'font-style': 'italic', fill: MUTED, class: 'chart-no-data' }, t('report.noData')));
        return;
      }
      const w = top > 0 ? Math.max(1, (Math.max(0, value) / top) * barArea) : 1;
      parts.push(svg('rect', { x: labelWidth, y: by, width: barArea, height: 11, fill: TRACK }),
        svg('rect', { x: labelWidth, y: by, width: w.toFixed(1), height: 11, fill: COLOURS[k % COLOURS.length], class: 'chart-bar-value' }),
        svg('text', { x: labelWidth + barArea + 6, y: by + 10, 'font-size': 11, fill: INK }, format(value)));
    });
  });
  const drawing = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, focusable: 'false',
  }, svg('title', { id: titleId }, title), svg('desc', { id: descId }, description || alternative(series, rows, format)), parts);
  return el('figure', { class: 'report-chart', id },
    el('figcaption', { text: title }),
    description ? el('p', { class: 'muted', text: description }) : null,
    drawing,
    dataTable(title, series, rows, format));
}

/** The chart's figures as one sentence, for the SVG's description. */
function alternative(series, rows, format) {
  return rows.map((r) => `${r.label}: ${r.values.map((v, k) => `${series.length > 1 ? `${series[k]} ` : ''}${format(v)}`).join(', ')}`).join('; ');
}

function dataTable(title, series, rows, format) {
  return el('details', { class: 'chart-data' },
    el('summary', { text: t('report.chartAsTable') }),
    el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': title },
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('report.chartItem') }),
          series.map((s) => el('th', { scope: 'col', text: s || t('report.chartValue') })))),
        el('tbody', {}, rows.map((r) => el('tr', {}, el('th', { scope: 'row', text: String(r.label ?? '') }),
          r.values.map((v) => el('td', { text: format(v) }))))))));
}

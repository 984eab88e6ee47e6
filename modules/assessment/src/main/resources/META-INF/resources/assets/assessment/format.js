// Number, date and error formatting shared by the assessment pages, in the UI's language.
import { el } from '../dom.js';
import { t } from '../i18n.js';

function locale() {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
}

/** A number with exactly `digits` decimals (Indonesian uses a decimal comma); '–' for none. */
export function num(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A percentage on the 0–100 scale, one decimal. */
export function pct(value) {
  return value === null || value === undefined ? '–' : `${num(value, 1)}%`;
}

export function dateTime(instant) {
  if (!instant) return '';
  return new Date(instant).toLocaleString(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The text to show for an ApiError: the server's own message, or the offline notice. */
export function errorText(e) {
  return e.status === 0 ? t('error.offline') : e.message;
}

/** Hake's band of a normalized gain in words (tinggi / sedang / rendah). */
export function bandText(band) {
  return band ? t(`gain.band.${band}`) : '–';
}

export const STAFF = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'INSTRUCTOR'];
export const VIEWERS = [...STAFF, 'EVALUATOR'];

/**
 * A node showing one of a question's texts. With format 'html' the server sent HTML it sanitised
 * by an allow-list (QuestionText), the only HTML a page puts in with innerHTML; any other text is
 * put in as text. A block-level tag is used for HTML, which may hold paragraphs and tables.
 */
export function shown(tag, attributes, value, format) {
  const html = format === 'html';
  const node = el(html && tag === 'p' ? 'div' : tag, attributes);
  if (html) node.innerHTML = value ?? '';
  else node.textContent = value ?? '';
  return node;
}

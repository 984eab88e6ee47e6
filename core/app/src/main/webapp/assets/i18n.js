// UI texts come from the server's message bundles (Bahasa Indonesia by default, English second).
import { api, setLanguage } from './api.js';

let texts = {};
let current = localStorage.getItem('latih.language') || 'id';

export function language() { return current; }

export async function loadLanguage(language) {
  current = language === 'en' ? 'en' : 'id';
  localStorage.setItem('latih.language', current);
  setLanguage(current);
  document.documentElement.lang = current;
  texts = await api('GET', `ui/messages/${current}`);
}

/** The text for key with {0}, {1}… replaced; the key itself when missing, so gaps are visible. */
export function t(key, ...args) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

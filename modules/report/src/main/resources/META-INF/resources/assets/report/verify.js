// The public verification of a certificate, where its QR code leads: anyone, signed in or not,
// sees whether it is valid (Sah) or revoked (Dicabut) and the facts printed on it.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';

function day(iso) {
  return iso ? new Date(`${iso}T00:00:00`).toLocaleDateString(document.documentElement.lang || 'id', { day: 'numeric', month: 'long', year: 'numeric' }) : '';
}

export async function verifyPage(code) {
  let found;
  try {
    found = await api('GET', `certificates/verify/${encodeURIComponent(code)}`);
  } catch (e) {
    if (e.status !== 404) throw e;
    return el('section', { class: 'card narrow', id: 'verification' },
      el('h1', { text: t('verify.title') }),
      message(t('verify.unknown')));
  }
  const facts = [
    ['verify.number', found.number],
    ['verify.name', found.name],
    ['verify.nip', found.nip],
    ['verify.course', found.course],
    ['verify.jp', String(found.jp)],
    ['verify.dates', found.startsOn === found.endsOn ? day(found.startsOn) : `${day(found.startsOn)} – ${day(found.endsOn)}`],
    ['verify.region', found.region],
    ['verify.issued', day(found.issuedOn)],
  ];
  return el('section', { class: 'card narrow', id: 'verification' },
    el('h1', { text: t('verify.title') }),
    el('p', { id: 'verification-status', class: found.valid ? 'message notice' : 'message error', role: 'status' },
      el('strong', { text: found.valid ? t('verify.valid') : t('verify.revoked') }),
      ' ',
      found.valid ? t('verify.validNote') : t('verify.revokedNote', day(found.revokedOn))),
    el('dl', { class: 'facts' }, facts.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', { text: t(k) }), el('dd', { text: v })])));
}

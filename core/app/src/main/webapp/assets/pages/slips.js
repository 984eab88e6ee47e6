// Issued activation codes, shown this once: a printable sheet of slips to cut out (one per
// person), a CSV download of the same list, and a print button. The codes are never sent again.
import { el, message } from '../dom.js';
import { t } from '../i18n.js';

function download(result) {
  const blob = new Blob([result.csv], { type: 'text/csv;charset=utf-8' });
  const link = el('a', { href: URL.createObjectURL(blob), download: `kode-aktivasi-${new Date().toISOString().slice(0, 10)}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function slip(code, signInUrl) {
  return el('article', { class: 'slip' },
    el('h2', { text: t('slips.heading') }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('user.name') }), el('dd', { text: code.name }),
      el('dt', { text: t('user.nip') }), el('dd', { class: 'nip', text: code.nip }),
      code.unitKerja ? [el('dt', { text: t('user.unitKerja') }), el('dd', { text: code.unitKerja })] : null,
      el('dt', { text: t('slips.code') }), el('dd', { class: 'code', text: code.code }),
      el('dt', { text: t('slips.validUntil') }), el('dd', { text: code.validUntilText })),
    el('p', { class: 'how', text: t('slips.how', signInUrl) }));
}

/** The answer of POST users/activation-codes, as the admin hands it out. */
export function issuedCodes(result) {
  if (result.issued === 0) {
    return el('div', { id: 'issued-codes' }, message(t('slips.none'), 'notice'));
  }
  return el('div', { id: 'issued-codes' },
    el('div', { class: 'card no-print' },
      message(t('slips.summary', result.issued, result.mailed), 'notice'),
      el('p', { class: 'muted', text: t('slips.once') }),
      el('div', { class: 'inline-form' },
        el('button', { type: 'button', id: 'print-slips', onclick: () => window.print(), text: t('slips.print') }),
        el('button', { type: 'button', id: 'download-codes', class: 'secondary', onclick: () => download(result), text: t('slips.csv') }))),
    el('div', { class: 'slips', id: 'slips' }, result.codes.map((code) => slip(code, result.signInUrl))));
}

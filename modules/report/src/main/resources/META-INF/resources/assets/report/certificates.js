// A learner's certificates: one per completed course, each downloadable as PDF (issued the first
// time this list is opened), and the transcript as PDF.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';

export async function certificatesPage() {
  const list = await api('GET', 'me/certificates');
  return el('section', { class: 'certificates-page' },
    el('h1', { text: t('certificate.title') }),
    el('p', { class: 'muted', text: t('certificate.intro') }),
    list.length === 0
      ? el('p', { class: 'muted', id: 'certificates-none', text: t('certificate.none') })
      : el('div', { class: 'scroll', tabindex: '0' }, el('table', { id: 'my-certificates', class: 'report-table' },
        el('thead', {}, el('tr', {}, ['certificate.number', 'certificate.course', 'certificate.jp', 'certificate.status', 'certificate.file']
          .map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, list.map((c) => el('tr', { 'data-id': String(c.id) },
          el('th', { scope: 'row', 'data-label': t('certificate.number'), text: c.number }),
          el('td', { 'data-label': t('certificate.course'), text: c.course }),
          el('td', { 'data-label': t('certificate.jp'), text: String(c.jp) }),
          el('td', { 'data-label': t('certificate.status') },
            c.revoked ? t('certificate.revoked') : el('a', { href: `#/verify/${c.verifyCode}`, text: t('certificate.valid') })),
          el('td', { 'data-label': t('certificate.file') }, c.revoked ? '' : el('a', {
            href: `api/v1/me/certificates/${c.id}/pdf`, download: '', class: 'certificate-download',
            'aria-label': t('certificate.downloadLabel', c.course), text: t('certificate.download'),
          }))))))),
    el('p', {}, el('a', { href: 'api/v1/me/transcript.pdf', download: '', id: 'transcript-pdf', class: 'button secondary', text: t('certificate.transcriptPdf') })));
}

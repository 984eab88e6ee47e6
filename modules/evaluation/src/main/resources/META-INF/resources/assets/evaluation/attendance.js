// Attendance per session: the region's cohorts and rates, one cohort's sessions, and a session's
// attendance sheet with a checkbox per participant. A learner sees their own attendance here too.
import { api } from '../api.js';
import { el, message, show, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { formatDate, pager } from '../course/widgets.js';
import { REPORT_ROLES, errorText, formatNumber } from './common.js';

export const DELIVERY_MODES = ['classroom', 'workshop', 'webinar', 'e-learning'];

function modeText(mode) {
  return DELIVERY_MODES.includes(mode) ? t(`attendance.mode.${mode}`) : String(mode ?? '');
}

/** "3 dari 4 (75%)", or a dash while nothing is recorded. */
export function rateText(rate) {
  if (!rate || !rate.recorded) return t('attendance.noRecords');
  return t('attendance.rate', rate.present, rate.recorded, formatNumber(rate.percent, 1));
}

function table(id, caption, columns, rows) {
  return el('div', { class: 'scroll', tabindex: '0' }, el('table', { id, class: 'report-table' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: t(c) })))),
    el('tbody', {}, rows.length === 0
      ? el('tr', {}, el('td', { colspan: String(columns.length), class: 'muted', text: t('evaluation.noRows') }))
      : rows.map((cells) => el('tr', {}, cells.map((cell, i) => el(i === 0 ? 'th' : 'td', {
        scope: i === 0 ? 'row' : null, 'data-label': t(columns[i]),
      }, cell)))))));
}

function unitTable(id, units) {
  return table(id, t('attendance.perUnit'), ['user.unitKerja', 'attendance.rateColumn'],
    units.map((u) => [u.unitKerja || t('attendance.noUnit'), rateText(u.rate)]));
}

/** #/attendance: the region's cohorts and rates for staff; one's own attendance for everyone. */
export async function attendancePage() {
  const staff = session.has(...REPORT_ROLES);
  const parts = [el('h1', { text: t('attendance.title') })];
  if (staff) {
    const cohorts = el('div', { id: 'attendance-cohorts', 'aria-live': 'polite' });
    const loadCohorts = async (page = 1) => {
      try {
        const list = await api('GET', `attendance/cohorts?page=${page}`);
        cohorts.replaceChildren(list.items.length === 0
          ? el('p', { class: 'muted', text: t('attendance.noCohorts') })
          : el('ul', { class: 'attendance-cohort-list' }, list.items.map((c) => el('li', {},
            el('a', { href: `#/attendance/cohorts/${c.id}`, text: c.name }),
            el('span', { class: 'muted', text: ` · ${c.courseTitle} · ${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}` })))),
        pager(list, loadCohorts, 'attendance.pageOf'));
      } catch (e) { cohorts.replaceChildren(message(errorText(e))); }
    };
    const rates = el('div', { id: 'attendance-region-rates', 'aria-live': 'polite' });
    const loadRates = async (page = 1) => {
      try {
        const r = await api('GET', `attendance/rates?page=${page}`);
        rates.replaceChildren(
          el('p', { class: 'attendance-total', text: t('attendance.regionTotal', rateText(r.total)) }),
          table('attendance-cohort-rates', t('attendance.perCohort'), ['attendance.cohort', 'attendance.course', 'attendance.rateColumn'],
            r.cohorts.items.map((c) => [el('a', { href: `#/attendance/cohorts/${c.cohort.id}`, text: c.cohort.name }), c.cohort.courseTitle, rateText(c.rate)])),
          pager(r.cohorts, loadRates, 'attendance.pageOf'),
          unitTable('attendance-unit-rates', r.units));
      } catch (e) { rates.replaceChildren(message(errorText(e))); }
    };
    parts.push(el('section', { class: 'card' }, el('h2', { text: t('attendance.cohortsTitle') }), cohorts));
    parts.push(el('section', { class: 'card' }, el('h2', { text: t('attendance.ratesTitle') }), rates));
    await Promise.all([loadCohorts(), loadRates()]);
  }
  const mine = await api('GET', 'attendance/mine?size=50');
  if (!staff || mine.items.length > 0) {
    parts.push(el('section', { class: 'card', id: 'attendance-mine' },
      el('h2', { text: t('attendance.mineTitle') }),
      mine.items.length === 0 ? el('p', { class: 'muted', text: t('attendance.mineNone') })
        : table('attendance-mine-table', t('attendance.mineTitle'), ['attendance.date', 'attendance.course', 'attendance.session', 'attendance.modeLabel', 'attendance.status'],
          mine.items.map((m) => [m.date, m.courseTitle, m.title, modeText(m.deliveryMode), m.present ? t('attendance.present') : t('attendance.absent')]))));
  }
  return el('section', { class: 'evaluation-page attendance-page' }, ...parts);
}

/** #/attendance/cohorts/:id: the cohort's sessions and rates; its keepers add, edit and delete sessions. */
export async function cohortAttendancePage(id) {
  const data = await api('GET', `attendance/cohorts/${id}`);
  const c = data.cohort;
  const reload = async () => show(await cohortAttendancePage(id));
  const sessions = table('attendance-sessions', t('attendance.sessionsTitle'),
    ['attendance.session', 'attendance.date', 'attendance.modeLabel', 'attendance.place', 'attendance.rateColumn', 'attendance.actions'],
    data.sessions.map((s) => [
      el('a', { href: `#/attendance/sessions/${s.id}`, text: s.title }),
      s.startsAt ? `${s.date} ${s.startsAt}` : s.date,
      modeText(s.deliveryMode),
      s.place || '',
      rateText(s.rate),
      el('span', { class: 'session-actions' },
        el('a', { class: 'button secondary', href: `#/attendance/sessions/${s.id}`, text: t('attendance.sheet') }),
        c.canRecord ? el('button', { type: 'button', class: 'secondary', text: t('attendance.edit'), onclick: () => editSlot.replaceChildren(sessionForm(c.id, reload, s)) }) : null,
        c.canRecord ? deleteButton(s, reload) : null)]));
  const editSlot = el('div', { id: 'attendance-session-edit' });
  return el('section', { class: 'evaluation-page attendance-cohort-page', 'data-cohort': String(c.id) },
    el('p', {}, el('a', { href: '#/attendance', text: t('attendance.back') })),
    el('h1', { text: t('attendance.cohortHeading', c.name) }),
    el('p', { class: 'muted', text: `${c.courseTitle} · ${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}` }),
    el('p', { id: 'attendance-cohort-total', class: 'attendance-total', text: t('attendance.cohortTotal', rateText(data.total)) }),
    sessions, editSlot,
    unitTable('attendance-cohort-units', data.units),
    c.canRecord ? sessionForm(c.id, reload) : null);
}

function deleteButton(s, reload) {
  return el('button', {
    type: 'button', class: 'secondary danger', text: t('attendance.delete'),
    onclick: async (event) => {
      if (!confirm(t('attendance.deleteConfirm', s.title))) return;
      try {
        await api('DELETE', `attendance/sessions/${s.id}`);
        await reload();
      } catch (e) {
        event.target.closest('td').append(message(errorText(e)));
      }
    },
  });
}

/** The form that adds a session or, given one, changes it. */
function sessionForm(cohortId, reload, s = null) {
  const today = new Date().toISOString().slice(0, 10);
  const form = el('form', { id: s ? `session-edit-${s.id}` : 'session-form', class: 'card', novalidate: true },
    el('h2', { text: s ? t('attendance.editSession') : t('attendance.newSession') }),
    el('div', { class: 'form-message' }),
    el('label', {}, t('attendance.session'), el('input', { name: 'title', required: true, value: s?.title ?? '', maxlength: '200' })),
    el('label', {}, t('attendance.date'), el('input', { name: 'date', type: 'date', required: true, value: s?.date ?? today })),
    el('label', {}, t('attendance.startsAt'), el('input', { name: 'startsAt', type: 'time', value: s?.startsAt ?? '' })),
    el('label', {}, t('attendance.modeLabel'), el('select', { name: 'deliveryMode' },
      DELIVERY_MODES.map((m) => el('option', { value: m, selected: (s?.deliveryMode ?? 'classroom') === m, text: modeText(m) })))),
    el('label', {}, t('attendance.place'), el('input', { name: 'place', value: s?.place ?? '', maxlength: '500', placeholder: t('attendance.placeHint') })),
    el('button', { type: 'submit', text: s ? t('attendance.saveSession') : t('attendance.addSession') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      title: form.elements.title.value, date: form.elements.date.value, startsAt: form.elements.startsAt.value || null,
      deliveryMode: form.elements.deliveryMode.value, place: form.elements.place.value,
    };
    try {
      if (s) await api('PUT', `attendance/sessions/${s.id}`, body);
      else await api('POST', `attendance/cohorts/${cohortId}/sessions`, body);
      await reload();
    } catch (e) { showErrors(form, e, t); }
  });
  return form;
}

/** #/attendance/sessions/:id: the attendance sheet, a checkbox per participant. */
const ABSENCES = ['IZIN', 'SAKIT', 'ALPA'];

/** What the sheet has recorded of one participant: present, the absence's reason, or nothing yet. */
function statusText(p) {
  if (p.present === null || p.present === undefined) return t('attendance.notRecorded');
  if (p.present) return t('attendance.present');
  return p.absence ? t(`attendance.absence.${p.absence}`) : t('attendance.absent');
}

export async function sheetPage(id) {
  let sheet = await api('GET', `attendance/sessions/${id}/records`);
  const status = el('div', { id: 'attendance-status', 'aria-live': 'polite' });
  const summary = el('p', { id: 'attendance-summary', class: 'attendance-total' });
  const body = el('tbody');
  // most of a session's participants come: tick them all, then untick who did not
  const all = sheet.cohort.canRecord ? el('button', { type: 'button', class: 'secondary', id: 'attendance-all', text: t('attendance.all') }) : null;
  all?.addEventListener('click', () => form.querySelectorAll('input[name="present"]').forEach((box) => { box.checked = true; box.dispatchEvent(new Event('change')); }));
  const form = el('form', { id: 'attendance-sheet', novalidate: true },
    el('div', { class: 'form-message' }),
    all,
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'report-table' },
      el('caption', { text: t('attendance.sheetCaption') }),
      el('thead', {}, el('tr', {}, ['user.nip', 'user.name', 'user.unitKerja', 'attendance.present', 'attendance.absence', 'attendance.status']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      body)),
    sheet.cohort.canRecord ? el('button', { type: 'submit', id: 'attendance-save', text: t('attendance.save') }) : null);

  function render() {
    summary.textContent = t('attendance.sessionTotal', rateText(sheet.rate));
    body.replaceChildren(...(sheet.participants.length === 0
      ? [el('tr', {}, el('td', { colspan: '6', class: 'muted', text: t('attendance.noParticipants') }))]
      : sheet.participants.map((p) => el('tr', { 'data-nip': p.nip },
        el('td', { 'data-label': t('user.nip'), text: p.nip }),
        el('th', { scope: 'row', 'data-label': t('user.name'), text: p.name }),
        el('td', { 'data-label': t('user.unitKerja'), text: p.unitKerja || '' }),
        el('td', { 'data-label': t('attendance.present') }, presentBox(p)),
        el('td', { 'data-label': t('attendance.absence') }, absenceSelect(p)),
        el('td', { class: 'attendance-recorded', 'data-label': t('attendance.status'), text: statusText(p) })))));
  }

  // the reason of an absence (izin, sakit, alpa) is asked only of whoever is not ticked present
  function absenceSelect(p) {
    return el('select', { name: 'absence', 'data-nip': p.nip, 'aria-label': t('attendance.absenceFor', p.name),
      disabled: !sheet.cohort.canRecord || p.present === true },
    el('option', { value: '', text: t('attendance.absenceNone') }),
    ...ABSENCES.map((a) => el('option', { value: a, text: t(`attendance.absence.${a}`), selected: p.absence === a })));
  }

  function presentBox(p) {
    const box = el('input', {
      type: 'checkbox', name: 'present', value: p.nip, checked: p.present === true,
      disabled: !sheet.cohort.canRecord, 'aria-label': t('attendance.presentFor', p.name),
    });
    box.addEventListener('change', () => {
      const reason = form.querySelector(`select[name="absence"][data-nip="${p.nip}"]`);
      if (!reason) return;
      reason.disabled = box.checked || !sheet.cohort.canRecord;
      if (box.checked) reason.value = '';
    });
    return box;
  }
  render();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const records = [...form.querySelectorAll('input[name="present"]')].map((box) => {
      const reason = form.querySelector(`select[name="absence"][data-nip="${box.value}"]`)?.value;
      return { nip: box.value, present: box.checked, absence: box.checked || !reason ? null : reason };
    });
    const button = form.querySelector('#attendance-save');
    button.disabled = true;
    try {
      sheet = await api('PUT', `attendance/sessions/${id}/records`, { records });
      render();
      form.querySelector('.form-message').replaceChildren();
      status.replaceChildren(message(t('attendance.saved', rateText(sheet.rate)), 'notice'));
    } catch (e) {
      status.replaceChildren();
      showErrors(form, e, t);
    } finally {
      button.disabled = false;
    }
  });

  const s = sheet.session;
  return el('section', { class: 'evaluation-page attendance-sheet-page' },
    el('p', {}, el('a', { href: `#/attendance/cohorts/${s.cohortId}`, text: t('attendance.backToCohort', sheet.cohort.name) })),
    el('h1', { text: s.title }),
    el('p', { class: 'muted', text: `${sheet.cohort.courseTitle} · ${formatDate(s.date)}${s.startsAt ? ` ${s.startsAt}` : ''} · ${modeText(s.deliveryMode)}${s.place ? ` · ${s.place}` : ''}` }),
    summary, status, form);
}

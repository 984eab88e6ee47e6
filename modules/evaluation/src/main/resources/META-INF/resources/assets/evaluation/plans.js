// Action plans (rencana tindak lanjut, Kirkpatrick level 3): the participant's own plans per
// completed course, the supervisor's list "Tindak lanjut staf" with the follow-up form, and for the
// region's staff the figures per course. Everything typed by people goes in as text, never markup.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { pager, formatDate } from '../course/widgets.js';
import { REPORT_ROLES, errorText, formatNumber } from './common.js';

const MAX_ACTIONS = 10;
const STATUSES = ['BELUM', 'SEBAGIAN', 'TERLAKSANA'];
const SCORES = [1, 2, 3, 4];

function locale() {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
}

/** A calendar date (yyyy-MM-dd) in the page language, e.g. 5 Mei 2026; read as UTC so it never shifts. */
export function formatDay(iso) {
  if (!iso) return '';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The nodes that are there: replaceChildren would print null and undefined as text. */
function present(...nodes) {
  return nodes.filter((n) => n !== null && n !== undefined && n !== false);
}

/** Shows a problem detail's field messages beside their inputs (inside the nearest .field). */
function showProblems(form, error) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  form.querySelector('.form-message').replaceChildren(message(errorText(error)));
  let first = null;
  for (const { field, message: text } of error.fieldErrors || []) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    (input.closest('.field') || input.parentElement).append(el('span', { class: 'field-error', text }));
    first = first || input;
  }
  first?.focus();
}

/**
 * The page: my plans; the plans naming me as supervisor, if any; the staff figures for staff.
 * openCourse opens the plan form of that course, openPlan the follow-up form of that plan.
 */
export async function plansPage(openCourse, openPlan) {
  const sections = [el('h1', { text: t('plans.title') }), el('p', { class: 'muted', text: t('plans.intro') }),
    await mineSection(openCourse)];
  const supervised = await supervisedSection(openPlan ? Number(openPlan) : null);
  if (supervised) sections.push(supervised);
  if (session.has(...REPORT_ROLES) && session.user.regionName) sections.push(await staffSection());
  // evaluation-page: its [hidden] rule beats the buttons' display
  return el('section', { class: 'evaluation-page plans-page' }, sections);
}

export async function planForCoursePage(course) { return plansPage(course, null); }
export async function followUpPage(id) { return plansPage(null, id); }

// ---- the participant's own plans ----

async function mineSection(openCourse) {
  const body = el('div', { id: 'plans-mine-list' });
  async function load(page) {
    const result = await api('GET', `action-plans/mine?page=${page}`);
    body.replaceChildren(...present(
      result.items.length === 0 ? el('p', { class: 'card muted', id: 'plans-none', text: t('plans.noneCompleted') }) : null,
      ...result.items.map((c) => courseCard(c, c.course === openCourse)),
      pager(result, load, 'plans.pageOf')));
  }
  await load(1);
  return el('section', { id: 'plans-mine', 'aria-labelledby': 'plans-mine-title' },
    el('h2', { id: 'plans-mine-title', text: t('plans.mine') }), body);
}

function courseCard(entry, open) {
  const card = el('article', { class: 'card plan-card', 'data-course': entry.course });
  function render(current) {
    const plan = current.plan;
    const slot = el('div', { class: 'plan-form-slot' });
    const button = plan && !plan.editable ? null : el('button', {
      type: 'button', class: plan ? 'secondary plan-edit' : 'plan-write', text: plan ? t('plans.edit') : t('plans.write'),
    });
    button?.addEventListener('click', () => {
      button.remove();
      slot.replaceChildren(planForm(current, (saved) => render({ ...current, plan: saved, suggestedSupervisorNip: saved.supervisor.nip })));
      slot.querySelector('input, textarea')?.focus();
    });
    card.replaceChildren(...present(
      el('h3', { text: current.courseTitle }),
      el('p', { class: 'muted', text: t('plans.completedOn', formatDate(current.completedAt)) }),
      plan ? planDetails(plan, false) : el('p', { class: 'plan-missing', text: t('plans.notWritten') }),
      plan && !plan.editable ? el('p', { class: 'muted plan-locked', text: t('plans.locked') }) : null,
      button, slot));
    if (open && button) { open = false; button.click(); }
  }
  render(entry);
  return card;
}

/** A plan's actions and, once written, the supervisor's follow-up. */
function planDetails(plan, showParticipant) {
  const followUp = plan.followUp;
  return el('div', { class: 'plan-details' },
    showParticipant ? el('p', { class: 'plan-participant' },
      el('strong', { text: plan.participant.name }), ` · ${plan.participant.nip}`,
      plan.participant.unitKerja ? ` · ${plan.participant.unitKerja}` : '') : null,
    el('p', { class: 'plan-supervisor', text: t('plans.supervisorIs', plan.supervisor.name, plan.supervisor.nip) }),
    el('div', { class: 'scroll', tabindex: '0' }, el('table', { class: 'plan-actions' },
      el('caption', { text: t('plans.actionsCaption', plan.actions.length) }),
      el('thead', {}, el('tr', {}, ['plans.action', 'plans.indicator', 'plans.target', followUp ? 'plans.status' : null]
        .filter(Boolean).map((h) => el('th', { scope: 'col', text: t(h) })))),
      el('tbody', {}, plan.actions.map((a) => el('tr', {},
        el('td', { class: 'pre', text: a.description }), el('td', { class: 'pre', text: a.indicator }),
        el('td', { text: formatDay(a.targetOn) }),
        followUp ? el('td', {}, el('span', { class: `badge status-${a.status.toLowerCase()}`, text: t(`plans.status.${a.status}`) }),
          a.note ? el('span', { class: 'pre plan-note', text: ` ${a.note}` }) : null) : null))))),
    followUp ? el('div', { class: 'plan-follow-up' },
      el('p', {}, el('strong', { text: t('plans.followUpTitle') }), ' ',
        t('plans.followUpFacts', t(`plans.score.${followUp.score}`), formatDate(followUp.followedUpAt))),
      followUp.comment ? el('p', { class: 'pre', text: followUp.comment }) : null)
      : el('p', { class: 'muted', text: t('plans.followUpDue', formatDay(nextDay(plan.lastTargetOn))) }));
}

function nextDay(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The form that writes or rewrites a plan; onSaved gets the saved plan. */
function planForm(entry, onSaved) {
  const plan = entry.plan;
  const rows = [];
  const list = el('div', { class: 'plan-action-rows' });
  const add = el('button', { type: 'button', class: 'secondary plan-add-action', text: t('plans.addAction') });
  const form = el('form', { class: 'plan-form', id: `plan-form-${entry.course}`, novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'assertive' }),
    el('div', { class: 'field' }, el('label', { for: `plan-nip-${entry.course}`, text: t('plans.supervisorNip') }),
      el('input', {
        id: `plan-nip-${entry.course}`, name: 'supervisorNip', inputmode: 'numeric', autocomplete: 'off', maxlength: '24',
        value: entry.suggestedSupervisorNip || '', 'aria-describedby': `plan-nip-help-${entry.course}`,
      }),
      el('span', { class: 'muted', id: `plan-nip-help-${entry.course}`, text: t('plans.supervisorHelp') })),
    el('p', { class: 'muted', text: t('plans.targetHelp', formatDay(entry.earliestTarget), formatDay(entry.latestTarget)) }),
    list, add,
    el('p', {}, el('button', { type: 'submit', class: 'plan-save', text: t('plans.save') })));

  function renumber() {
    rows.forEach((row, i) => row.number(i, rows.length));
    add.disabled = rows.length >= MAX_ACTIONS;
  }
  function addRow(action) {
    const row = actionRow(entry, action, () => {
      rows.splice(rows.indexOf(row), 1);
      row.node.remove();
      renumber();
    });
    rows.push(row);
    list.append(row.node);
    renumber();
    return row;
  }
  (plan?.actions?.length ? plan.actions : [null]).forEach(addRow);
  add.addEventListener('click', () => { if (rows.length < MAX_ACTIONS) addRow(null).focus(); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { supervisorNip: form.supervisorNip.value.trim(), actions: rows.map((r) => r.value()) };
    const save = form.querySelector('.plan-save');
    save.disabled = true;
    try {
      const saved = await api('PUT', `action-plans/mine/${encodeURIComponent(entry.course)}`, body);
      onSaved(saved);
    } catch (e) {
      showProblems(form, e);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

let rowCounter = 0;

/** One action's inputs; its field names follow its position, as the server names problems. */
function actionRow(entry, action, remove) {
  rowCounter += 1;
  const base = `plan-action-${rowCounter}`;
  const legend = el('legend');
  const description = el('textarea', { id: `${base}-d`, rows: '3', maxlength: '1000' });
  const indicator = el('textarea', { id: `${base}-i`, rows: '2', maxlength: '500' });
  const target = el('input', { id: `${base}-t`, type: 'date', min: entry.earliestTarget, max: entry.latestTarget });
  description.value = action?.description || '';
  indicator.value = action?.indicator || '';
  target.value = action?.targetOn || '';
  const removeButton = el('button', { type: 'button', class: 'secondary plan-remove-action', onclick: remove });
  const node = el('fieldset', { class: 'plan-action' }, legend,
    el('div', { class: 'field' }, el('label', { for: description.id, text: t('plans.action') }), description),
    el('div', { class: 'field' }, el('label', { for: indicator.id, text: t('plans.indicator') }), indicator),
    el('div', { class: 'field' }, el('label', { for: target.id, text: t('plans.target') }), target),
    removeButton);
  return {
    node,
    number(i, count) {
      legend.textContent = t('plans.actionNumber', i + 1);
      description.name = `actions[${i}].description`;
      indicator.name = `actions[${i}].indicator`;
      target.name = `actions[${i}].targetOn`;
      removeButton.textContent = t('plans.removeAction', i + 1);
      removeButton.hidden = count === 1;
    },
    value: () => ({ description: description.value.trim(), indicator: indicator.value.trim(), targetOn: target.value }),
    focus: () => description.focus(),
  };
}

// ---- the supervisor's list ----

async function supervisedSection(openPlan) {
  const body = el('div', { id: 'plans-supervised-list' });
  let any = false;
  async function load(page) {
    const result = await api('GET', `action-plans/supervised?page=${page}`);
    any = any || result.totalItems > 0;
    body.replaceChildren(...result.items.filter((p) => p.id !== openPlan).map((p) => supervisedCard(p, false)),
      pager(result, load, 'plans.pageOf'));
  }
  await load(1);
  // a reminder's plan comes first, open, wherever it is in the list
  let opened = null;
  if (openPlan) {
    try {
      const plan = await api('GET', `action-plans/${openPlan}`);
      if (plan.supervisor.nip === session.user.username) opened = supervisedCard(plan, true);
    } catch (e) {
      opened = message(errorText(e));
    }
  }
  if (!any) return null;
  return el('section', { id: 'plans-supervised', 'aria-labelledby': 'plans-supervised-title' },
    el('h2', { id: 'plans-supervised-title', text: t('plans.supervised') }),
    el('p', { class: 'muted', text: t('plans.supervisedIntro') }), opened, body);
}

function supervisedCard(initial, open) {
  const card = el('article', { class: 'card plan-card supervised', 'data-plan': String(initial.id) });
  function render(plan) {
    const slot = el('div');
    const button = el('button', { type: 'button', class: plan.followUp ? 'secondary follow-up-edit' : 'follow-up-write',
      text: plan.followUp ? t('plans.followUpEdit') : t('plans.followUpWrite') });
    button.addEventListener('click', () => {
      button.remove();
      slot.replaceChildren(followUpForm(plan, render));
      slot.querySelector('input')?.focus();
    });
    card.replaceChildren(
      el('h3', { text: t('plans.planOf', plan.participant.name, plan.courseTitle) }),
      el('p', { class: 'muted' }, t('plans.completedOn', formatDate(plan.completedAt)),
        plan.due ? [' ', el('span', { class: 'badge draft plan-due', text: t('plans.due') })] : null),
      planDetails(plan, true), button, slot);
    if (open) { open = false; button.click(); card.scrollIntoView?.({ block: 'start' }); }
  }
  render(initial);
  return card;
}

function followUpForm(plan, onSaved) {
  const form = el('form', { class: 'follow-up-form', id: `follow-up-${plan.id}`, novalidate: true },
    el('div', { class: 'form-message', 'aria-live': 'assertive' }),
    plan.actions.map((a, i) => el('fieldset', { class: 'field follow-up-action' },
      el('legend', { text: t('plans.assessAction', i + 1, a.description) }),
      el('div', { class: 'choices', role: 'radiogroup' }, STATUSES.map((s) => el('label', { class: 'check' },
        el('input', { type: 'radio', name: `actions[${i}].status`, value: s, checked: a.status === s }), ` ${t(`plans.status.${s}`)}`))),
      el('label', {}, t('plans.note'), el('textarea', { name: `actions[${i}].note`, rows: '2', maxlength: '1000', text: a.note || '' })))),
    el('fieldset', { class: 'field follow-up-score' }, el('legend', { text: t('plans.scoreLabel') }),
      el('div', { class: 'choices', role: 'radiogroup' }, SCORES.map((n) => el('label', { class: 'check' },
        el('input', { type: 'radio', name: 'score', value: String(n), checked: plan.followUp?.score === n }), ` ${t(`plans.score.${n}`)}`)))),
    el('div', { class: 'field' }, el('label', { for: `follow-up-comment-${plan.id}`, text: t('plans.comment') }),
      el('textarea', { id: `follow-up-comment-${plan.id}`, name: 'comment', rows: '3', maxlength: '1000', text: plan.followUp?.comment || '' })),
    el('p', {}, el('button', { type: 'submit', class: 'follow-up-save', text: t('plans.followUpSave') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = (name) => form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)?.value ?? null;
    const body = {
      actions: plan.actions.map((a, i) => ({ status: checked(`actions[${i}].status`), note: form.elements[`actions[${i}].note`].value.trim() })),
      score: checked('score') === null ? null : Number(checked('score')),
      comment: form.comment.value.trim(),
    };
    try {
      const saved = await api('PUT', `action-plans/${plan.id}/follow-up`, body);
      onSaved(saved);
    } catch (e) {
      showProblems(form, e);
    }
  });
  return form;
}

// ---- the region's staff ----

async function staffSection() {
  const table = el('div', { id: 'plans-summary' });
  const plans = el('div', { id: 'plans-region-list', 'aria-live': 'polite' });
  async function load(page) {
    const result = await api('GET', `action-plans/summary?page=${page}`);
    table.replaceChildren(result.items.length === 0 ? el('p', { class: 'muted', text: t('plans.summaryNone') })
      : el('div', { class: 'scroll', tabindex: '0' }, el('table', {},
        el('caption', { text: t('plans.summaryCaption') }),
        el('thead', {}, el('tr', {}, ['plans.course', 'plans.written', 'plans.followUps', 'plans.status.TERLAKSANA',
          'plans.status.SEBAGIAN', 'plans.status.BELUM', 'plans.meanScore', 'plans.list'].map((h) => el('th', { scope: 'col', text: t(h) })))),
        el('tbody', {}, result.items.map((f) => {
          const actions = f.terlaksana + f.sebagian + f.belum;
          const share = (n) => (actions === 0 ? '–' : `${formatNumber((n * 100) / actions, 0)}%`);
          const show = el('button', { type: 'button', class: 'secondary', text: t('plans.showList'), 'aria-label': t('plans.showListOf', f.courseTitle) });
          show.addEventListener('click', () => loadPlans(f.course, f.courseTitle, 1));
          return el('tr', { 'data-course': f.course },
            el('th', { scope: 'row', text: f.courseTitle }),
            el('td', { class: 'plans-written', text: t('plans.writtenOf', f.plans, f.completed) }),
            el('td', { class: 'plans-followups', text: String(f.followUps) }),
            el('td', { text: share(f.terlaksana) }), el('td', { text: share(f.sebagian) }), el('td', { text: share(f.belum) }),
            el('td', { text: f.meanScore === null || f.meanScore === undefined ? '–' : formatNumber(f.meanScore) }),
            el('td', {}, show));
        })))),
      pager(result, load, 'plans.pageOf'));
  }
  async function loadPlans(course, title, page) {
    try {
      const result = await api('GET', `action-plans?course=${encodeURIComponent(course)}&page=${page}`);
      plans.replaceChildren(el('h3', { text: t('plans.listOf', title) }),
        ...result.items.map((p) => regionPlanCard(p)),
        pager(result, (n) => loadPlans(course, title, n), 'plans.pageOf'));
    } catch (e) {
      plans.replaceChildren(message(errorText(e)));
    }
  }
  await load(1);
  return el('section', { id: 'plans-staff', 'aria-labelledby': 'plans-staff-title' },
    el('h2', { id: 'plans-staff-title', text: t('plans.staff') }), table, plans);
}

function regionPlanCard(plan) {
  const card = el('article', { class: 'card plan-card', 'data-plan': String(plan.id) });
  const admin = session.has('SYSTEM_ADMIN', 'REGIONAL_ADMIN');
  function render(p) {
    let correction = null;
    if (admin && p.editable) {
      correction = el('form', { class: 'inline-form supervisor-correction', novalidate: true },
        el('div', { class: 'form-message' }),
        el('div', { class: 'field' }, el('input', { name: 'supervisorNip', inputmode: 'numeric', 'aria-label': t('plans.correctNip'), placeholder: t('plans.correctNip') })),
        el('button', { type: 'submit', class: 'secondary', text: t('plans.correct') }));
      correction.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          render(await api('PUT', `action-plans/${p.id}/supervisor`, { supervisorNip: correction.supervisorNip.value.trim() }));
          card.querySelector('.plan-supervisor')?.append(' ', el('span', { class: 'message notice', role: 'status', text: t('common.saved') }));
        } catch (e) {
          showProblems(correction, e);
        }
      });
    }
    card.replaceChildren(...present(el('h4', { text: t('plans.planOf', p.participant.name, p.courseTitle) }), planDetails(p, true), correction));
  }
  render(plan);
  return card;
}

// ---- the home page ----

/** The home page's reminders: plans to write, and plans of one's staff due for follow-up. */
export async function planReminders() {
  const r = await api('GET', 'action-plans/reminders');
  if (r.toWriteTotal === 0 && r.dueTotal === 0) return null;
  const more = (shown, total) => (total > shown ? el('li', {}, el('a', { href: '#/plans', text: t('plans.reminderMore', total - shown) })) : null);
  return el('aside', { class: 'card reminder', id: 'plan-reminders', 'aria-label': t('plans.reminderTitle') },
    el('h2', { text: t('plans.reminderTitle') }),
    el('ul', {},
      r.toWrite.map((c) => el('li', {}, el('a', { class: 'plan-reminder-write', href: `#/plans/${encodeURIComponent(c.course)}`, text: t('plans.reminderWrite', c.courseTitle) }))),
      more(r.toWrite.length, r.toWriteTotal),
      r.due.map((p) => el('li', {}, el('a', { class: 'plan-reminder-due', href: `#/plans/staff/${p.id}`, text: t('plans.reminderDue', p.participantName, p.courseTitle) }))),
      more(r.due.length, r.dueTotal)));
}

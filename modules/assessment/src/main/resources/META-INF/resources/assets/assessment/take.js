// Taking a test: one question at a time; every change is saved at once with a sequence number the
// server uses to keep the newest answer; answers not yet acknowledged are kept in localStorage and
// retried until saved; a countdown follows the server's clock; submitting waits for every save.
import { api, retryDelay } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { errorText, num, shown } from './format.js';
import { clozeInputs } from './cloze.js';
import { resultView } from './result.js';
import { holdPage, releasePage } from '../app.js';

const BACKOFF = [1000, 2000, 5000, 10000];
const TEXT_DEBOUNCE = 800;
const SUBMIT_WAIT = 20000;

export async function takePage(id) {
  let attempt;
  try {
    attempt = await api('GET', `attempts/${id}`);
  } catch (e) {
    // no connection: the copy of the open test this browser kept stands in (reload mid-test)
    attempt = e.status === 0 ? readView(id) : null;
    if (!attempt) throw e;
  }
  if (attempt.state !== 'OPEN') {
    forgetUnsent(attempt.id);
    return el('section', { id: 'attempt', class: 'attempt' }, resultView(attempt));
  }
  return new AttemptPage(attempt).render();
}

// Unsent answers survive a reload or a closed tab: { "<position>": { sequence, response } }.
function storageKey(id) { return `latih.attempt.${id}.unsent`; }

function readUnsent(id) {
  try { return JSON.parse(localStorage.getItem(storageKey(id))) || {}; } catch (e) { return {}; }
}

// The open test as last shown (questions, answers, flags, the clock's offset) for a reload without
// a connection. Removed when the test closes and when the person signs out (app.js).
function viewKey(id) { return `latih.attempt.${id}.view`; }

/** The question on screen, for this tab: { index }. */
function placeKey(id) { return `latih.attempt.${id}.at`; }

function readView(id) {
  try { return JSON.parse(localStorage.getItem(viewKey(id))); } catch (e) { return null; }
}

function forgetUnsent(id) {
  try {
    localStorage.removeItem(storageKey(id));
    localStorage.removeItem(viewKey(id));
  } catch (e) { /* storage disabled */ }
}

function answered(r) {
  return !!r && ((r.choices?.length ?? 0) > 0 || !!(r.text && r.text.trim()) || Object.keys(r.matches || {}).length > 0);
}

function same(a, b) {
  const ma = a?.matches || {};
  const mb = b?.matches || {};
  return (a?.choices || []).join('\u0000') === (b?.choices || []).join('\u0000')
    && (a?.text || '') === (b?.text || '')
    && Object.keys(ma).length === Object.keys(mb).length
    && Object.keys(ma).every((k) => ma[k] === mb[k]);
}

function clock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

function markText(mark) {
  return num(mark, Number.isInteger(mark) ? 0 : 2);
}

/** What the marks of the question grid mean. */
function legend() {
  const key = (kind, text) => el('span', { class: 'legend-item' }, el('span', { class: `qnav-key ${kind}`, 'aria-hidden': 'true' }), text);
  return el('p', { class: 'qnav-legend muted', id: 'qnav-legend' },
    key('answered', t('attempt.navAnswered')), key('flagged', t('attempt.navFlagged')), key('local', t('attempt.keptLocally')));
}

class AttemptPage {
  constructor(attempt) {
    this.attempt = attempt;
    this.id = attempt.id;
    this.questions = [...attempt.questions].sort((a, b) => a.position - b.position);
    this.index = 0;
    this.sequence = new Map(); // position → the last sequence number used for it
    this.responses = new Map(); // position → the answer as shown on the page
    this.flags = new Map();
    this.unsent = new Map(); // position → newest answer the server has not acknowledged yet
    this.sending = new Set(); // positions with a save loop running
    this.sleepers = new Set(); // wake-ups of retry waits, called when the browser comes online
    this.idle = new Set(); // callbacks waiting for every answer to be saved
    this.flushers = new Map(); // position → sends a text answer still in its debounce delay
    this.stateNodes = new Map();
    this.navButtons = new Map();
    this.questionNodes = [];
    this.closed = false;
    this.locked = false;
    this.attached = false;
    this.detached = false;
    // The server's clock decides the deadline; offset turns the local clock into the server's.
    this.offset = attempt.clockOffset ?? Date.parse(attempt.serverNow) - Date.now();
    this.deadline = attempt.deadline ? Date.parse(attempt.deadline) : null;
    this.warned = 0;
    const stored = readUnsent(this.id);
    for (const q of this.questions) {
      this.sequence.set(q.position, q.sequence || 0);
      this.responses.set(q.position, q.response || {});
      this.flags.set(q.position, !!q.flagged);
      const local = stored[q.position];
      // Resend only what is newer than the server's copy; anything older was saved already.
      if (local && local.sequence > (q.sequence || 0)) {
        this.unsent.set(q.position, local);
        this.responses.set(q.position, local.response);
        this.sequence.set(q.position, local.sequence);
      }
    }
    this.persist();
    this.onOnline = () => { this.setOffline(false); this.wake(); };
    this.onOffline = () => this.setOffline(true);
    this.onBeforeUnload = (event) => {
      if (this.unsent.size === 0) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need it set to show their warning
    };
  }

  render() {
    const total = this.questions.length;
    this.banner = el('p', { id: 'offline', class: 'message error offline-banner', role: 'status', hidden: navigator.onLine, text: t('attempt.offline') });
    this.closedNotice = el('p', { id: 'attempt-closed', class: 'message notice', role: 'status', hidden: true });
    this.timerNode = el('span', { id: 'timer', role: 'timer', 'aria-labelledby': 'timer-label' });
    this.timerAlert = el('p', { id: 'timer-alert', class: 'sr-only', 'aria-live': 'assertive' });
    this.timerBox = this.deadline
      ? el('div', { class: 'timer-box' }, el('span', { id: 'timer-label', class: 'timer-label', text: t('attempt.timeLeft') }), ' ', this.timerNode)
      : el('p', { class: 'muted', text: t('attempt.noTimeLimit') });
    this.nav = el('nav', { id: 'question-nav', class: 'question-nav', 'aria-label': t('attempt.navigation') },
      this.questions.map((q, i) => {
        const button = el('button', { type: 'button', class: 'qnav', 'data-position': String(q.position), text: String(i + 1), onclick: () => this.go(i, true) });
        this.navButtons.set(q.position, button);
        return button;
      }));
    this.questionNodes = this.questions.map((q, i) => this.questionNode(q, i, total));
    this.prev = el('button', { type: 'button', class: 'secondary', id: 'prev-question', onclick: () => this.go(this.index - 1, true), text: t('attempt.previous') });
    this.next = el('button', { type: 'button', class: 'secondary', id: 'next-question', onclick: () => this.go(this.index + 1, true), text: t('attempt.next') });
    this.dialog = this.confirmDialog();
    this.root = el('section', { id: 'attempt', class: 'attempt' },
      el('header', { class: 'attempt-head' },
        el('h1', { id: 'attempt-title', text: this.attempt.quizTitle }),
        this.timerBox),
      this.timerAlert,
      this.banner,
      this.closedNotice,
      el('p', { class: 'muted', text: t('attempt.autosaveNote', this.attempt.number) }),
      this.nav,
      legend(),
      el('div', { class: 'questions' }, this.questionNodes),
      el('div', { class: 'attempt-steps' }, this.prev, this.next),
      el('div', { class: 'attempt-submit' },
        el('button', { type: 'button', id: 'submit-attempt', onclick: () => this.openConfirm(), text: t('attempt.submit') })),
      this.dialog);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // without a connection the learner stays on the test: another page could not load anyway
    this.hold = { path: `/attempts/${this.id}`, holds: () => !navigator.onLine && !this.closed, held: () => this.held() };
    holdPage(this.hold);
    // back where the learner was after a reload or a change of language, not at question 1
    let place = 0;
    try { place = Number(sessionStorage.getItem(placeKey(this.id))) || 0; } catch (e) { /* storage off */ }
    this.go(Math.min(place, this.questions.length - 1), false);
    for (const q of this.questions) this.showState(q.position, this.unsent.has(q.position) ? 'saving' : (q.sequence ? 'saved' : ''));
    for (const position of this.unsent.keys()) this.send(position);
    this.tick();
    this.interval = setInterval(() => this.tick(), 1000);
    return this.root;
  }

  // ---- questions -------------------------------------------------------------------------

  questionNode(q, index, total) {
    const position = q.position;
    const textId = `q-${position}-text`;
    const flag = el('button', { type: 'button', class: 'secondary flag', id: `flag-${position}`, 'aria-pressed': String(this.flags.get(position)), text: t('attempt.flag') });
    flag.addEventListener('click', () => this.toggleFlag(position, flag));
    const state = el('span', { class: 'save-state', 'data-position': String(position), 'aria-live': 'polite' });
    this.stateNodes.set(position, state);
    const text = shown('p', { class: 'question-text', id: textId }, q.text, q.format);
    return el('div', { class: 'question card', 'data-position': String(position), hidden: true },
      el('h2', { class: 'question-number', tabindex: '-1', text: t('attempt.questionOf', index + 1, total) }),
      el('p', { class: 'muted question-mark', text: t('attempt.mark', markText(q.mark)) }),
      text,
      this.inputs(q, textId, text),
      el('div', { class: 'question-tools' }, flag, state));
  }

  inputs(q, textId, text) {
    const position = q.position;
    const response = this.responses.get(position) || {};
    const name = `q-${position}`;
    switch (q.type) {
      case 'SINGLE_CHOICE':
      case 'TRUE_FALSE':
      case 'MULTIPLE_RESPONSE': {
        const multiple = q.type === 'MULTIPLE_RESPONSE';
        const chosen = new Set(response.choices || []);
        const label = (o) => (q.type === 'TRUE_FALSE' && (o.id === 'true' || o.id === 'false') ? t(`attempt.${o.id}`) : o.text);
        const group = el('fieldset', { class: 'choices', 'aria-labelledby': textId, 'aria-describedby': `${name}-hint` },
          el('p', { class: 'muted hint', id: `${name}-hint`, text: multiple ? t('attempt.chooseMany') : t('attempt.chooseOne') }),
          q.options.map((o) => el('label', { class: 'option' },
            el('input', { type: multiple ? 'checkbox' : 'radio', name, value: o.id, checked: chosen.has(o.id) }),
            q.type === 'TRUE_FALSE' ? el('span', { text: label(o) }) : shown('span', {}, o.text, q.format))));
        group.addEventListener('change', () => {
          const choices = [...group.querySelectorAll('input:checked')].map((input) => input.value);
          this.change(position, { choices });
        });
        return group;
      }
      case 'SHORT_ANSWER':
      case 'NUMERIC':
      case 'ESSAY': {
        const id = `${name}-input`;
        const numeric = q.type === 'NUMERIC';
        const input = q.type === 'ESSAY'
          ? el('textarea', { name, id, rows: '8', 'aria-describedby': textId, text: response.text || '' })
          : el('input', { type: 'text', name, id, inputmode: numeric ? 'decimal' : null, autocomplete: 'off', 'aria-describedby': textId, value: response.text || '' });
        // Typing saves after a pause, and at once when the field is left.
        let timer = null;
        const flush = () => { clearTimeout(timer); timer = null; this.change(position, { text: input.value }); };
        this.flushers.set(position, () => { if (timer) flush(); });
        input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(flush, TEXT_DEBOUNCE); });
        input.addEventListener('blur', flush);
        return el('div', { class: 'answer-field' },
          el('label', { for: id, text: numeric ? t('attempt.numberAnswer') : t('attempt.yourAnswer') }), input);
      }
      case 'MATCHING': {
        const matches = response.matches || {};
        const group = el('fieldset', { class: 'matching', 'aria-labelledby': textId },
          el('p', { class: 'muted hint', text: t('attempt.matchHint') }),
          q.prompts.map((prompt, i) => el('label', { class: 'match' },
            shown('span', { class: 'prompt' }, prompt, q.format),
            el('select', { name: `${name}-${i}` },
              el('option', { value: '', text: t('attempt.choose') }),
              // answers are named by the attempt's tokens, so the page never holds the pairs' order
              q.answers.map((a) => el('option', { value: a.id, selected: matches[String(i)] === a.id, text: a.text }))))));
        group.addEventListener('change', () => {
          const picked = {};
          group.querySelectorAll('select').forEach((select, i) => { if (select.value) picked[String(i)] = select.value; });
          this.change(position, { matches: picked });
        });
        return group;
      }
      case 'CLOZE': {
        // The gaps' inputs go in place of their markers in the text; a choice saves at once,
        // typing after a pause and when the field is left, all gaps as one answer.
        let timer = null;
        let read = () => ({});
        const flush = () => { clearTimeout(timer); timer = null; this.change(position, read()); };
        read = clozeInputs(text, q, response, (now) => {
          clearTimeout(timer);
          if (now) flush(); else timer = setTimeout(flush, TEXT_DEBOUNCE);
        });
        this.flushers.set(position, () => { if (timer) flush(); });
        return el('p', { class: 'muted hint', text: t('attempt.clozeHint') });
      }
      case 'DESCRIPTION': // shown, not answered or graded
        return el('p', { class: 'muted hint', text: t('attempt.descriptionHint') });
      default:
        return el('p', { class: 'message error', text: t('attempt.unknownType', q.type) });
    }
  }

  go(index, focus) {
    if (index < 0 || index >= this.questions.length) return;
    this.index = index;
    try { sessionStorage.setItem(placeKey(this.id), String(index)); } catch (e) { /* storage off */ }
    this.questionNodes.forEach((node, i) => { node.hidden = i !== index; });
    this.prev.disabled = index === 0;
    this.next.disabled = index === this.questions.length - 1;
    this.questions.forEach((q) => this.updateNav(q.position));
    if (focus) this.questionNodes[index].querySelector('.question-number').focus();
  }

  updateNav(position) {
    const button = this.navButtons.get(position);
    const i = this.questions.findIndex((q) => q.position === position);
    const isAnswered = answered(this.responses.get(position));
    const isFlagged = this.flags.get(position);
    const local = this.unsent.has(position);
    button.classList.toggle('answered', isAnswered);
    button.classList.toggle('local', local);
    button.classList.toggle('flagged', isFlagged);
    button.classList.toggle('current', i === this.index);
    if (i === this.index) button.setAttribute('aria-current', 'step'); else button.removeAttribute('aria-current');
    button.setAttribute('aria-label', [t('attempt.navQuestion', i + 1),
      isAnswered ? t('attempt.navAnswered') : t('attempt.navUnanswered'),
      local ? t('attempt.keptLocally') : null,
      isFlagged ? t('attempt.navFlagged') : null].filter(Boolean).join(', '));
  }

  // ---- saving ----------------------------------------------------------------------------

  /** A new answer for a question: numbered, remembered until acknowledged, and sent. */
  change(position, response) {
    if (this.closed || this.locked || same(response, this.responses.get(position))) return;
    this.responses.set(position, response);
    const sequence = this.sequence.get(position) + 1;
    this.sequence.set(position, sequence);
    this.unsent.set(position, { sequence, response });
    this.persist();
    this.showState(position, 'saving');
    this.updateNav(position);
    this.send(position);
  }

  /** Sends the question's newest unsent answer until the server acknowledges it, with backoff. */
  async send(position) {
    if (this.sending.has(position)) return; // the running loop picks up the newest answer next
    this.sending.add(position);
    let tries = 0;
    try {
      while (!this.closed && this.unsent.has(position)) {
        const { sequence, response } = this.unsent.get(position);
        try {
          await api('PUT', `attempts/${this.id}/answers/${position}`, { sequence, response });
          tries = 0;
          this.setOffline(false);
          this.settle(position, sequence);
        } catch (e) {
          if (await this.saveFailed(position, sequence, e)) continue;
          // a busy or restarting server says when to come back (503 with Retry-After): not sooner
          await this.sleep(Math.max(BACKOFF[Math.min(tries, BACKOFF.length - 1)], retryDelay(e, 0)));
          tries += 1;
        }
      }
    } finally {
      this.sending.delete(position);
    }
  }

  /** Handles a refused save; true when done with it, false to retry after a pause. */
  async saveFailed(position, sequence, e) {
    if (e.type === 'answer-stale') { this.resync(position, sequence, e.problem.savedSequence); return true; }
    if (e.type === 'attempt-closed') { this.attemptClosed(e); return true; }
    if (e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status)) {
      // The server refuses this answer itself (e.g. too long): retrying cannot help.
      if (this.unsent.get(position)?.sequence === sequence) this.unsent.delete(position);
      this.persist();
      this.showState(position, 'refused', e.message);
      return true;
    }
    if (e.status === 0 || !navigator.onLine) this.setOffline(true);
    this.showState(position, 'failed');
    return false;
  }

  /**
   * A newer answer to this question is saved already (another tab or device): the refused one
   * gives way, and a change made here since then is numbered above the saved one so it still wins.
   */
  resync(position, sequence, savedSequence) {
    const saved = Number.isFinite(savedSequence) ? savedSequence : sequence;
    const pending = this.unsent.get(position);
    if (pending && pending.sequence === sequence) this.unsent.delete(position);
    else if (pending && pending.sequence <= saved) pending.sequence = saved + 1;
    this.sequence.set(position, Math.max(this.sequence.get(position), saved, pending?.sequence ?? 0));
    this.persist();
    if (!this.unsent.has(position)) this.showState(position, 'saved');
  }

  settle(position, sequence) {
    const pending = this.unsent.get(position);
    if (pending && pending.sequence <= sequence) this.unsent.delete(position);
    this.persist();
    if (!this.unsent.has(position)) this.showState(position, 'saved');
  }

  persist() {
    try {
      if (this.unsent.size) localStorage.setItem(storageKey(this.id), JSON.stringify(Object.fromEntries(this.unsent)));
      else localStorage.removeItem(storageKey(this.id));
      if (!this.closed) localStorage.setItem(viewKey(this.id), JSON.stringify(this.view()));
    } catch (e) { /* storage full or disabled: the answer is still retried from memory */ }
    if (this.unsent.size === 0) {
      [...this.idle].forEach((done) => done());
      if (this.detached) window.removeEventListener('beforeunload', this.onBeforeUnload);
    }
  }

  /**
   * The test as shown now, for readView. A question with an unsent answer is kept one sequence
   * below it, so that the answer (kept apart, under storageKey) is sent again after a reload.
   */
  view() {
    const questions = this.questions.map((q) => {
      const pending = this.unsent.get(q.position);
      return {
        ...q,
        response: this.responses.get(q.position),
        flagged: this.flags.get(q.position),
        sequence: pending ? pending.sequence - 1 : this.sequence.get(q.position),
      };
    });
    return { ...this.attempt, questions, clockOffset: this.offset };
  }

  /** Someone tried to leave the test without a connection: say why they stay. */
  held() {
    this.closedNotice.textContent = t('attempt.heldOffline');
    this.closedNotice.hidden = false;
  }

  showState(position, state, detail) {
    const node = this.stateNodes.get(position);
    if (!node) return;
    node.dataset.state = state;
    this.updateNav(position);
    // an answer waiting for the connection is kept on this device: say so, in words and in the grid
    if ((state === 'saving' || state === 'failed') && !navigator.onLine) state = 'local';
    node.textContent = {
      local: t('attempt.keptLocally'),
      saving: t('attempt.saving'),
      saved: t('attempt.saved'),
      failed: t('attempt.retrying'),
      refused: t('attempt.refused', detail),
      flagFailed: t('attempt.flagFailed', detail),
    }[state] || '';
  }

  setOffline(offline) {
    if (this.banner) this.banner.hidden = !offline;
    if (!offline && this.closedNotice?.textContent === t('attempt.heldOffline')) this.closedNotice.hidden = true;
    // answers on their way read "kept on this device" while offline, "saving" again once online
    for (const position of this.unsent.keys()) this.showState(position, 'saving');
  }

  sleep(ms) {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); this.sleepers.delete(done); resolve(); };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  wake() { [...this.sleepers].forEach((done) => done()); }

  /** Resolves true once every answer is acknowledged, false after ms. */
  waitUntilSaved(ms) {
    this.flushers.forEach((flush) => flush());
    if (this.unsent.size === 0) return Promise.resolve(true);
    this.wake();
    return new Promise((resolve) => {
      const done = (ok) => { clearTimeout(timer); this.idle.delete(check); resolve(ok); };
      const check = () => done(true);
      const timer = setTimeout(() => done(this.unsent.size === 0), ms);
      this.idle.add(check);
    });
  }

  async toggleFlag(position, button) {
    const flagged = !this.flags.get(position);
    const apply = (value) => {
      this.flags.set(position, value);
      button.setAttribute('aria-pressed', String(value));
      this.updateNav(position);
    };
    apply(flagged);
    try {
      await api('PUT', `attempts/${this.id}/flags/${position}`, { flagged });
    } catch (e) {
      apply(!flagged);
      if (e.type === 'attempt-closed') { this.attemptClosed(e); return; }
      this.showState(position, 'flagFailed', errorText(e));
    }
  }

  // ---- time ------------------------------------------------------------------------------

  tick() {
    if (this.root?.isConnected) this.attached = true;
    else if (this.attached) { this.detach(); return; }
    if (!this.deadline || this.closed) return;
    const remaining = Math.max(0, Math.ceil((this.deadline - (Date.now() + this.offset)) / 1000));
    this.timerNode.textContent = clock(remaining);
    // Warn once at 5 minutes and once at 1 minute (only the last if the page opens later).
    const level = remaining <= 60 ? 60 : remaining <= 300 ? 300 : 0;
    if (level && remaining > 0 && (this.warned === 0 || level < this.warned)) {
      this.warned = level;
      this.timerBox.classList.toggle('warning', level === 300);
      this.timerBox.classList.toggle('critical', level === 60);
      this.timerAlert.textContent = level === 60 ? t('attempt.warn1') : t('attempt.warn5');
    }
    if (remaining === 0) this.timeUp();
  }

  async timeUp() {
    if (this.timingOut) return;
    this.timingOut = true;
    clearInterval(this.interval);
    this.timerAlert.textContent = t('attempt.timeUp');
    await this.waitUntilSaved(3000); // let saves already on their way arrive first
    this.lock();
    await this.showResultWhenClosed();
  }

  /**
   * The server says the attempt is closed (submitted elsewhere, or its time ran out): answers not
   * yet saved can never be, so stop sending, say so, and show the result once it can be read.
   */
  attemptClosed(error) {
    if (this.closed) return;
    this.unsent.clear();
    this.persist();
    this.lock();
    this.closeDialog();
    this.closedNotice.textContent = error.message;
    this.closedNotice.hidden = false;
    this.showResultWhenClosed();
  }

  /** Takes no more changes: every answer field is disabled. */
  lock() {
    this.locked = true;
    this.root.querySelectorAll('.questions input, .questions select, .questions textarea').forEach((input) => { input.disabled = true; });
  }

  /** Reads the attempt, with backoff, until it shows as closed, then shows its result. */
  async showResultWhenClosed() {
    if (this.awaitingResult) return;
    this.awaitingResult = true;
    for (let tries = 0; !this.closed && !this.detached; tries += 1) {
      if (await this.reload()) return;
      await this.sleep(BACKOFF[Math.min(tries, BACKOFF.length - 1)]);
    }
  }

  /** Reads the attempt again and shows its result when it has closed; true when closed. */
  async reload() {
    try {
      const now = await api('GET', `attempts/${this.id}`);
      if (now.state !== 'OPEN') { this.finish(now); return true; }
    } catch (e) {
      if (e.status === 0) this.setOffline(true);
    }
    return false;
  }

  // ---- submitting ------------------------------------------------------------------------

  confirmDialog() {
    this.confirmSummary = el('p', { id: 'confirm-summary' });
    this.confirmStatus = el('p', { class: 'confirm-status', 'aria-live': 'polite' });
    this.confirmYes = el('button', { type: 'button', id: 'confirm-submit-yes', onclick: () => this.confirmSubmit(), text: t('attempt.confirmYes') });
    return el('dialog', { id: 'confirm-submit', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-summary' },
      el('h2', { id: 'confirm-title', text: t('attempt.confirmTitle') }),
      this.confirmSummary,
      this.confirmStatus,
      el('div', { class: 'dialog-buttons' },
        this.confirmYes,
        el('button', { type: 'button', class: 'secondary', id: 'confirm-submit-no', onclick: () => this.closeDialog(), text: t('attempt.confirmNo') })));
  }

  openConfirm() {
    this.flushers.forEach((flush) => flush());
    const unanswered = this.questions.filter((q) => !answered(this.responses.get(q.position))).length;
    const flagged = this.questions.filter((q) => this.flags.get(q.position)).length;
    this.confirmSummary.textContent = [
      unanswered ? t('attempt.confirmUnanswered', unanswered) : t('attempt.confirmAllAnswered'),
      flagged ? t('attempt.confirmFlagged', flagged) : '',
      t('attempt.confirmFinal'),
    ].filter(Boolean).join(' ');
    this.confirmStatus.textContent = '';
    this.confirmYes.disabled = false;
    if (typeof this.dialog.showModal === 'function') this.dialog.showModal(); else this.dialog.setAttribute('open', '');
  }

  closeDialog() {
    if (typeof this.dialog.close === 'function' && this.dialog.open) this.dialog.close();
    else this.dialog.removeAttribute('open');
  }

  async confirmSubmit() {
    this.confirmYes.disabled = true;
    const refuse = (text) => { this.confirmStatus.textContent = text; this.confirmYes.disabled = false; };
    if (!navigator.onLine) { refuse(t('attempt.cannotSubmitOffline')); return; }
    if (this.unsent.size || this.sending.size) {
      this.confirmStatus.textContent = t('attempt.waitingForSaves');
      if (!(await this.waitUntilSaved(SUBMIT_WAIT))) {
        refuse(this.banner.hidden ? t('attempt.savesPending') : t('attempt.cannotSubmitOffline'));
        return;
      }
    }
    this.confirmStatus.textContent = t('attempt.submitting');
    try {
      this.finish(await api('POST', `attempts/${this.id}/submit`));
    } catch (e) {
      if (e.type === 'attempt-closed') { this.attemptClosed(e); return; }
      if (e.status === 0) { this.setOffline(true); refuse(t('attempt.cannotSubmitOffline')); return; }
      refuse(errorText(e));
    }
  }

  /** The attempt is closed: stop everything and show its result in place. */
  finish(view) {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.interval);
    this.unsent.clear();
    forgetUnsent(this.id);
    this.wake();
    this.removeListeners();
    if (this.dialog) this.closeDialog();
    const result = resultView(view);
    this.root.replaceChildren(result);
    result.querySelector('h1')?.setAttribute('tabindex', '-1');
    result.querySelector('h1')?.focus();
  }

  /** The learner left the page: stop the clock; unsent answers keep being retried. */
  detach() {
    this.detached = true;
    releasePage(this.hold);
    clearInterval(this.interval);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.unsent.size === 0) window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  removeListeners() {
    releasePage(this.hold);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
}

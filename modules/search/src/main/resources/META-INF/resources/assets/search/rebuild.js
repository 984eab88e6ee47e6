// The system admin's rebuild of the search index: start it, then follow its progress every second
// until it is done or has failed. Polling stops as soon as the page has been left.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t, language } from '../i18n.js';
import { progressBar } from '../course/widgets.js';

const POLL_MILLIS = 1000;

function locale() { return language() === 'en' ? 'en-GB' : 'id-ID'; }

/** How long a rebuild took, for people: "850 ms", "12,5 detik", "3 menit 4 detik". */
export function duration(millis) {
  if (millis === null || millis === undefined) return '';
  if (millis < 1000) return t('rebuild.millis', Math.round(millis));
  const seconds = millis / 1000;
  if (seconds < 60) return t('rebuild.seconds', seconds.toLocaleString(locale(), { maximumFractionDigits: 1 }));
  const total = Math.round(seconds);
  return t('rebuild.minutes', Math.floor(total / 60), total % 60);
}

export async function rebuildPage() {
  const start = el('button', { type: 'button', id: 'rebuild-start', text: t('rebuild.start') });
  const state = el('p', { id: 'rebuild-state', class: 'rebuild-state', role: 'status', 'aria-live': 'polite' });
  const started = el('p', { id: 'rebuild-started', class: 'muted', hidden: true });
  const bar = el('div', { class: 'rebuild-bar' });
  const error = el('p', { id: 'rebuild-error', class: 'message error', role: 'alert', hidden: true });
  const root = el('section', { class: 'rebuild-page' },
    el('h1', { text: t('rebuild.title') }),
    el('div', { class: 'card rebuild-help' },
      el('p', { text: t('rebuild.what') }),
      el('p', { text: t('rebuild.when') }),
      el('p', { class: 'muted', text: t('rebuild.node') })),
    el('div', { class: 'card rebuild-panel' }, start, state, bar, started),
    error);
  let timer = null;

  function render(progress) {
    const p = progress || { state: 'IDLE', done: 0, total: 0 };
    const running = p.state === 'RUNNING';
    start.disabled = running;
    start.setAttribute('aria-disabled', String(running));
    let text;
    if (running) text = t('rebuild.RUNNING');
    else if (p.state === 'DONE') text = t('rebuild.DONE', p.total, duration(p.millis));
    else if (p.state === 'FAILED') text = t('rebuild.FAILED', p.error || t('rebuild.unknownError'));
    else text = t('rebuild.IDLE');
    // only on a change, so screen readers do not hear the same sentence every second
    if (state.textContent !== text) state.textContent = text;
    state.className = `rebuild-state ${p.state === 'DONE' ? 'message notice' : ''} ${p.state === 'FAILED' ? 'message error' : ''}`.trim();
    state.dataset.state = p.state;

    if (p.state === 'IDLE') {
      bar.replaceChildren();
    } else {
      const done = p.done ?? 0;
      const total = p.total ?? 0;
      let percent = total > 0 ? Math.round((done * 100) / total) : 0;
      if (p.state === 'DONE') percent = 100;
      const label = running && total === 0 ? t('rebuild.preparing') : t('rebuild.progress', done, total);
      bar.replaceChildren(progressBar(percent, label, 'rebuild-progress'));
    }
    if (p.startedAt) {
      started.textContent = t('rebuild.startedAt', new Date(p.startedAt).toLocaleString(locale(),
        { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
      started.hidden = false;
    } else {
      started.hidden = true;
    }
    if (running) schedule();
  }

  function showError(e) {
    error.textContent = e.status === 0 ? t('error.offline') : e.message;
    error.hidden = false;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(poll, POLL_MILLIS);
  }

  async function poll() {
    timer = null;
    if (!root.isConnected) return; // the page was left
    try {
      const progress = await api('GET', 'search/rebuild');
      if (!root.isConnected) return;
      error.hidden = true;
      render(progress);
    } catch (e) {
      if (!root.isConnected) return;
      showError(e);
      if (e.status !== 401 && e.status !== 403) schedule(); // e.g. offline for a moment: keep trying
    }
  }

  start.addEventListener('click', async () => {
    if (start.disabled) return;
    start.disabled = true;
    error.hidden = true;
    try {
      render(await api('POST', 'search/rebuild'));
    } catch (e) {
      showError(e);
      start.disabled = false;
      if (e.type === 'rebuild-running') poll(); // follow the one already running
    }
  });

  render(await api('GET', 'search/rebuild'));
  return root;
}

// The web UI shell: session, navigation by role, language switch and a hash router.
import { api, retryDelay, setCsrf } from './api.js';
import { el, show, message } from './dom.js';
import { language, loadLanguage, t } from './i18n.js';
import { loginPage } from './pages/login.js';
import { lazy } from './lazy.js';
import { homeSections } from './extensions.js';
import { courseRoutes, courseLinks } from './course/routes.js';
import { assessmentRoutes } from './assessment/routes.js';
import { searchRoutes, searchLinks } from './search/routes.js';
import { evaluationRoutes, evaluationLinks } from './evaluation/routes.js';
import { reportRoutes, reportLinks, reportPublicRoutes } from './report/routes.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];
const MENU_GROUPS = ['learn', 'teach', 'evaluate', 'admin'];

export const session = {
  user: null,
  has(...roles) { return !!this.user && this.user.roles.some((r) => roles.includes(r)); },
};

// an admin's first-run checklist heads the home page (its code is fetched by admins only)
const checklist = lazy(() => import('./pages/checklist.js'), 'firstRunChecklist');
homeSections.unshift(() => (session.has(...ADMINS) ? checklist() : Promise.resolve(null)));

/** A page of activate.js, loaded only when someone opens it (most never do). */
const activation = (name) => lazy(() => import('./pages/activate.js'), name);
const resetPage = activation('resetPage');

/** What someone not signed in may open besides the sign-in form. */
const publicRoutes = [
  { path: /^\/activate$/, page: activation('activatePage') },
  { path: /^\/forgot$/, page: activation('forgotPage') },
  { path: /^\/reset\/([A-Za-z0-9_-]{20,200})$/, page: resetPage },
  // a certificate's QR code leads to its verification, for anyone who holds the paper
  ...reportPublicRoutes,
];

const users = () => import('./pages/users.js');

const routes = [
  { path: /^\/$/, page: lazy(() => import('./pages/home.js'), 'homePage') },
  { path: /^\/profile$/, page: lazy(() => import('./pages/profile.js'), 'profilePage') },
  // a reset link opened in a browser that is still signed in works too
  { path: /^\/reset\/([A-Za-z0-9_-]{20,200})$/, page: resetPage },
  { path: /^\/admin\/users$/, page: lazy(users, 'userListPage'), roles: ADMINS },
  { path: /^\/admin\/users\/new$/, page: lazy(users, 'userFormPage'), roles: ADMINS },
  { path: /^\/admin\/users\/import$/, page: lazy(users, 'userImportPage'), roles: ADMINS },
  { path: /^\/admin\/users\/activation$/, page: lazy(users, 'activationCodesPage'), roles: ADMINS },
  { path: /^\/admin\/users\/(\d+)$/, page: lazy(users, 'userFormPage'), roles: ADMINS },
  { path: /^\/admin\/plugins$/, page: lazy(() => import('./pages/plugins.js'), 'pluginsPage'), roles: ADMINS },
  ...courseRoutes,
  ...assessmentRoutes,
  ...searchRoutes,
  ...evaluationRoutes,
  ...reportRoutes,
];

// The session as the server last confirmed it, kept for this tab only: a reload without a
// connection (mid-test) still knows who is signed in. The server decides again at every request.
const KEPT_SESSION = 'latih.session';

export function signedIn(result) {
  session.user = result.user;
  setCsrf(result.csrfToken);
  try { sessionStorage.setItem(KEPT_SESSION, JSON.stringify(result)); } catch (e) { /* storage off */ }
  renderNav();
}

export async function signOut() {
  try { await api('POST', 'auth/logout'); } catch (e) { /* already signed out */ }
  session.user = null;
  setCsrf(null);
  forgetKept();
  renderNav();
  location.hash = '#/login';
}

/** What this browser kept of the signed-in person: the session and any test page's copy. */
function forgetKept() {
  try {
    sessionStorage.removeItem(KEPT_SESSION);
    Object.keys(localStorage).filter((k) => k.endsWith('.view')).forEach((k) => localStorage.removeItem(k));
  } catch (e) { /* storage off */ }
}

// A page that must not be left now (a test without a connection): { path, holds(), held() }.
let holding = null;

/** While holds() is true, navigation away from path is undone and held() is told. */
export function holdPage(page) { holding = page; }

/** Ends that hold, unless another page holds by now (the same test drawn again holds anew). */
export function releasePage(page) { if (holding === page) holding = null; }

export function navigate(path) {
  if (location.hash === `#${path}`) route(); else location.hash = `#${path}`;
}

function renderNav() {
  const nav = document.getElementById('nav');
  document.getElementById('menu-toggle').hidden = !session.user;
  if (!session.user) { nav.hidden = true; nav.replaceChildren(); return; }
  const links = [['#/', t('nav.home')], ...courseLinks(session), ...searchLinks(session), ...evaluationLinks(session), ...reportLinks(session)];
  if (session.has(...ADMINS)) {
    links.push(['#/admin/users', t('nav.users'), 'admin'], ['#/admin/users/import', t('nav.import'), 'admin'], ['#/admin/plugins', t('nav.plugins'), 'admin']);
  }
  // grouped by what one does (Belajar, Mengajar, Evaluasi, Administrasi); a group only when the
  // person has more than learning to do, so a learner's menu stays a plain list
  const groups = MENU_GROUPS.map((g) => [g, links.filter(([, , group]) => (group || 'learn') === g)])
    .filter(([, items]) => items.length);
  const titled = groups.length > 1;
  nav.replaceChildren(
    ...groups.map(([group, items]) => el('div', { class: 'nav-group', role: 'group', 'aria-label': t(`nav.group.${group}`) },
      titled ? el('span', { class: 'nav-group-title', 'aria-hidden': 'true', text: t(`nav.group.${group}`) }) : null,
      items.map(([href, text]) => el('a', { href, text })))),
    el('div', { class: 'nav-group nav-me' },
      el('a', { href: '#/profile', text: t('nav.profile') }),
      el('span', { class: 'who', text: session.user.name }),
      el('button', { type: 'button', id: 'logout', class: 'link', onclick: signOut, text: t('nav.logout') })),
  );
  nav.hidden = false;
  highlight();
}

function highlight() {
  const here = location.hash || '#/';
  document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === here));
}

async function route() {
  const path = (location.hash || '#/').slice(1);
  document.getElementById('nav').classList.remove('open');
  if (holding && path !== holding.path && holding.holds()) {
    history.replaceState(null, '', `#${holding.path}`);
    holding.held();
    return;
  }
  if (!session.user) {
    const open = publicRoutes.find((r) => r.path.test(path));
    try {
      show(open ? await open.page(...path.match(open.path).slice(1)) : loginPage());
    } catch (e) {
      show(message(t('error.offline')));
    }
    return;
  }
  if (path === '/login') { navigate('/'); return; }
  // a handed-out first password (the bootstrap admin's) must be replaced before anything else
  if (session.user.mustChangePassword && path !== '/profile') { navigate('/profile'); return; }
  for (const r of routes) {
    const match = path.match(r.path);
    if (!match) continue;
    if (r.roles && !session.has(...r.roles)) { show(message(t('error.forbiddenPage'))); return; }
    highlight();
    const loading = loadingShown();
    try {
      show(await r.page(...match.slice(1)));
      // when the page became usable, for measurements (the first-load test and benchmark)
      performance.mark('latih-page-shown');
    } catch (e) {
      if (e.status === 401) { session.user = null; forgetKept(); renderNav(); show(loginPage()); return; }
      show(message(e.status === 0 ? t('error.offline') : e.message));
    } finally {
      loading.done();
    }
    return;
  }
  show(message(t('error.notFoundPage')));
}

/**
 * A bar across the top while a page is on its way (its code or data on a slow line), shown only
 * past a moment so fast pages do not flicker; the old page stays readable meanwhile.
 */
function loadingShown() {
  const bar = document.getElementById('loading');
  const main = document.getElementById('main');
  const timer = setTimeout(() => {
    bar.querySelector('.sr-only').textContent = t('common.loading');
    bar.hidden = false;
    main.setAttribute('aria-busy', 'true');
  }, 150);
  return {
    done() {
      clearTimeout(timer);
      bar.hidden = true;
      main.removeAttribute('aria-busy');
    },
  };
}

/**
 * Registers the service worker that keeps the shell for a reload without a connection, and hands
 * it the scripts this page loaded before it was in control (the worker keeps later ones itself).
 */
function keepShell() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({
      keep: performance.getEntriesByType('resource').map((r) => r.name).filter((url) => url.includes('/v/')),
    }))
    .catch(() => { /* the app works without it, only not offline */ });
}

/**
 * What was typed in the page's fields (a NIP on the sign-in form), put back after the page is
 * drawn again in the other language. Passwords are never kept.
 */
function keepTyped() {
  const typed = [...document.querySelectorAll('#main input[id]')]
    .filter((i) => !['password', 'checkbox', 'radio', 'file', 'hidden'].includes(i.type) && i.value)
    .map((i) => [i.id, i.value]);
  return () => typed.forEach(([id, value]) => {
    const input = document.getElementById(id);
    if (input && !input.value) input.value = value;
  });
}

/** Without a connection the session this tab last had stands in, until the server can be asked. */
function offlineSession() {
  let kept = null;
  try { kept = JSON.parse(sessionStorage.getItem(KEPT_SESSION)); } catch (e) { /* none */ }
  if (kept?.user) {
    session.user = kept.user;
    setCsrf(kept.csrfToken);
    renderNav();
  }
}

/**
 * "Skip to content" for keyboard and screen-reader users: focuses the page's content. It must not
 * follow its href: #main would be read as a route.
 */
function skipLink() {
  const link = document.getElementById('skip-link');
  link.textContent = t('nav.skip');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main').focus();
  });
}

async function start() {
  const select = document.getElementById('language');
  select.value = language();
  select.addEventListener('change', async () => {
    const restore = keepTyped();
    await loadLanguage(select.value);
    document.getElementById('skip-link').textContent = t('nav.skip');
    renderNav();
    await route();
    restore();
  });
  document.getElementById('menu-toggle').addEventListener('click', (e) => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('open');
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
  // both at once: on a slow line each is a round trip
  const asked = api('GET', 'auth/session');
  asked.catch(() => { /* read below */ });
  await loadTexts();
  skipLink();
  try {
    signedIn(await asked);
  } catch (e) {
    session.user = null;
    if (e.status === 0) offlineSession();
    else forgetKept();
  }
  keepShell();
  window.addEventListener('hashchange', route);
  route();
}

/**
 * The UI texts, waiting for the server when it cannot give them yet (restarting, or busy past its
 * own retries): until they come the page can say nothing in the user's language, so it says so in
 * both and keeps trying.
 */
async function loadTexts() {
  for (let tries = 0; ; tries += 1) {
    try {
      await loadLanguage(language());
      return;
    } catch (e) {
      show(message('Server sedang sibuk atau dimulai ulang; mencoba lagi… / The server is busy or restarting; retrying…'));
      await new Promise((resolve) => { setTimeout(resolve, retryDelay(e, Math.min(2000 * (tries + 1), 10000))); });
    }
  }
}

start();

// The web UI shell: session, navigation by role, language switch and a hash router.
import { api, retryDelay, setCsrf } from './api.js';
import { el, show, message } from './dom.js';
import { language, loadLanguage, t } from './i18n.js';
import { loginPage } from './pages/login.js';
import { homePage } from './pages/home.js';
import { profilePage } from './pages/profile.js';
import { userListPage, userFormPage, userImportPage, activationCodesPage } from './pages/users.js';
import { pluginsPage } from './pages/plugins.js';
import { courseRoutes, courseLinks } from './course/routes.js';
import { assessmentRoutes } from './assessment/routes.js';
import { searchRoutes, searchLinks } from './search/routes.js';
import { evaluationRoutes, evaluationLinks } from './evaluation/routes.js';

const ADMINS = ['SYSTEM_ADMIN', 'REGIONAL_ADMIN'];

export const session = {
  user: null,
  has(...roles) { return !!this.user && this.user.roles.some((r) => roles.includes(r)); },
};

/** A page of activate.js, loaded only when someone opens it (most never do). */
const activation = (name) => async (...args) => (await import('./pages/activate.js'))[name](...args);
const resetPage = activation('resetPage');

/** What someone not signed in may open besides the sign-in form. */
const publicRoutes = [
  { path: /^\/activate$/, page: activation('activatePage') },
  { path: /^\/forgot$/, page: activation('forgotPage') },
  { path: /^\/reset\/([A-Za-z0-9_-]{20,200})$/, page: resetPage },
];

const routes = [
  { path: /^\/$/, page: homePage },
  { path: /^\/profile$/, page: profilePage },
  // a reset link opened in a browser that is still signed in works too
  { path: /^\/reset\/([A-Za-z0-9_-]{20,200})$/, page: resetPage },
  { path: /^\/admin\/users$/, page: userListPage, roles: ADMINS },
  { path: /^\/admin\/users\/new$/, page: userFormPage, roles: ADMINS },
  { path: /^\/admin\/users\/import$/, page: userImportPage, roles: ADMINS },
  { path: /^\/admin\/users\/activation$/, page: activationCodesPage, roles: ADMINS },
  { path: /^\/admin\/users\/(\d+)$/, page: userFormPage, roles: ADMINS },
  { path: /^\/admin\/plugins$/, page: pluginsPage, roles: ADMINS },
  ...courseRoutes,
  ...assessmentRoutes,
  ...searchRoutes,
  ...evaluationRoutes,
];

export function signedIn(result) {
  session.user = result.user;
  setCsrf(result.csrfToken);
  renderNav();
}

export async function signOut() {
  try { await api('POST', 'auth/logout'); } catch (e) { /* already signed out */ }
  session.user = null;
  setCsrf(null);
  renderNav();
  location.hash = '#/login';
}

export function navigate(path) {
  if (location.hash === `#${path}`) route(); else location.hash = `#${path}`;
}

function renderNav() {
  const nav = document.getElementById('nav');
  document.getElementById('menu-toggle').hidden = !session.user;
  if (!session.user) { nav.hidden = true; nav.replaceChildren(); return; }
  const links = [['#/', t('nav.home')], ...courseLinks(session), ...searchLinks(session), ...evaluationLinks(session)];
  if (session.has(...ADMINS)) {
    links.push(['#/admin/users', t('nav.users')], ['#/admin/users/import', t('nav.import')], ['#/admin/plugins', t('nav.plugins')]);
  }
  links.push(['#/profile', t('nav.profile')]);
  nav.replaceChildren(
    ...links.map(([href, text]) => el('a', { href, text })),
    el('span', { class: 'who', text: session.user.name }),
    el('button', { type: 'button', id: 'logout', class: 'link', onclick: signOut, text: t('nav.logout') }),
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
    try {
      show(await r.page(...match.slice(1)));
    } catch (e) {
      if (e.status === 401) { session.user = null; renderNav(); show(loginPage()); return; }
      show(message(e.status === 0 ? t('error.offline') : e.message));
    }
    return;
  }
  show(message(t('error.notFoundPage')));
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
    await loadLanguage(select.value);
    document.getElementById('skip-link').textContent = t('nav.skip');
    renderNav();
    route();
  });
  document.getElementById('menu-toggle').addEventListener('click', (e) => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('open');
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
  await loadTexts();
  skipLink();
  try {
    signedIn(await api('GET', 'auth/session'));
  } catch (e) {
    session.user = null;
  }
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

// Searching course material: a form, facets that narrow the hits, active filters as chips, paging.
// The whole state lives in the hash (#/search?q=…&competency=…&page=2), so a search can be
// bookmarked or shared and the back button works; every change re-renders the page via the router.
// Titles and snippets come from course content: they only ever go in as text, never as markup.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { navigate } from '../app.js';
import { pager } from '../course/widgets.js';

const SIZE = 10;
const COMPETENCIES = ['manajerial', 'sosial-kultural', 'teknis'];
const JP_RANGES = ['1-4', '5-8', '9-16', '17+'];
const FILTERS = ['competency', 'jpMin', 'jpMax', 'region', 'course'];

let regionNames = null; // Promise<Map<code, name>>, loaded once

/** The search parameters after the "?" in the hash. */
export function searchParams() {
  const hash = location.hash || '';
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

function searchHref(params) {
  const query = params.toString();
  return `#/search${query ? `?${query}` : ''}`;
}

function go(params) {
  navigate(searchHref(params).slice(1));
}

/** A copy of params changed by change(copy), back on the first page. */
function changed(params, change) {
  const next = new URLSearchParams(params);
  change(next);
  next.delete('page');
  return next;
}

function regions() {
  if (!regionNames) {
    regionNames = api('GET', 'regions')
      .then((list) => new Map((list || []).map((r) => [r.code, r.name])))
      .catch(() => { regionNames = null; return new Map(); });
  }
  return regionNames;
}

function jpBounds(range) {
  const open = range.endsWith('+');
  const [min, max] = range.replace('+', '').split('-');
  return { min, max: open ? null : max };
}

function jpLabel(min, max) {
  if (min && max) return t('search.jpRange', min, max);
  if (min) return t('search.jpFrom', min);
  return t('search.jpTo', max);
}

export async function searchPage() {
  const params = searchParams();
  const q = params.get('q');
  const pageNumber = Math.max(1, Number.parseInt(params.get('page') || '1', 10) || 1);
  // the router highlights exact hrefs only; with a query string the search link stays marked
  document.querySelector('#nav a[href="#/search"]')?.classList.add('active');

  const input = el('input', {
    id: 'search-q', type: 'search', name: 'q', value: q ?? '', autocomplete: 'off',
    enterkeyhint: 'search', placeholder: t('search.placeholder'),
  });
  const form = el('form', { id: 'search-form', class: 'search-form', role: 'search', novalidate: true },
    el('label', { for: 'search-q', text: t('search.label') }),
    el('div', { class: 'search-row' }, input, el('button', { type: 'submit', id: 'search-submit', text: t('search.submit') })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(changed(params, (next) => next.set('q', input.value.trim())));
  });

  const errorBox = el('p', { id: 'search-error', class: 'message error', role: 'alert', hidden: true });
  const count = el('p', { id: 'search-count', class: 'search-count', role: 'status', 'aria-live': 'polite' });
  const chips = el('div', { id: 'search-chips', class: 'search-chips', hidden: true });
  const facets = el('aside', { id: 'search-facets', class: 'search-facets', 'aria-labelledby': 'search-facets-title', hidden: true });
  const empty = el('div', { id: 'search-empty', class: 'search-empty card', hidden: true });
  const results = el('ol', { id: 'search-results', class: 'search-results', 'aria-label': t('search.results') });
  const paging = el('div', { class: 'search-paging' });

  async function load() {
    if (q === null) {
      count.textContent = t('search.intro');
      count.classList.add('muted');
      return;
    }
    count.textContent = t('search.searching');
    const query = new URLSearchParams({ q });
    for (const key of FILTERS) if (params.get(key)) query.set(key, params.get(key));
    query.set('page', String(pageNumber));
    query.set('size', String(SIZE));
    const names = await regions();
    let result;
    try {
      result = await api('GET', `search?${query}`);
    } catch (e) {
      count.textContent = '';
      errorBox.textContent = e.status === 0 ? t('error.offline') : e.message;
      errorBox.hidden = false;
      showChips(chips, params, names, new Map());
      return;
    }
    const hits = result.hits || [];
    const courseTitles = new Map(hits.map((h) => [h.course, h.courseTitle]));
    const total = result.totalHits ?? 0;
    count.textContent = total === 1 ? t('search.countOne', q) : t('search.count', total, q);
    showChips(chips, params, names, courseTitles);
    showFacets(facets, params, result.facets || {}, names, courseTitles);
    results.replaceChildren(...hits.map((hit) => el('li', {}, hitCard(hit))));
    results.hidden = hits.length === 0;
    if (total === 0) showEmpty(empty, params, result.suggestions || []);
    const size = result.size || SIZE;
    const totalPages = Math.max(1, Math.ceil(total / size));
    paging.replaceChildren(pager({ page: result.page || pageNumber, totalPages, totalItems: total }, (n) => {
      const next = new URLSearchParams(params);
      next.set('page', String(n));
      window.scrollTo({ top: 0 });
      go(next);
    }, 'search.pageOf'));
  }

  load();
  return el('section', { class: 'search-page' },
    el('h1', { text: t('search.title') }),
    form, errorBox, count, chips,
    el('div', { class: 'search-layout' },
      facets,
      el('div', { class: 'search-main' }, empty, results, paging)));
}

function hitCard(hit) {
  const course = encodeURIComponent(hit.course ?? '');
  const key = encodeURIComponent(hit.key ?? '');
  let href = `#/courses/${course}`;
  if (hit.kind === 'lesson') href = `#/courses/${course}/lessons/${key}`;
  else if (hit.kind === 'attachment') href = `api/v1/courses/${course}/attachments/${key}`;
  const context = [];
  if (hit.kind !== 'course' && hit.courseTitle) context.push(t('search.inCourse', hit.courseTitle));
  if (hit.moduleTitle) context.push(t('search.inModule', hit.moduleTitle));
  return el('article', { class: `card search-hit kind-${hit.kind}` },
    el('h2', { class: 'search-hit-title' },
      el('a', { href, rel: hit.kind === 'attachment' ? 'noopener' : null, text: hit.title || hit.key || hit.courseTitle })),
    el('p', { class: 'search-hit-meta muted' },
      el('span', { class: `badge kind ${hit.kind}`, text: t(`search.kind.${hit.kind}`) }),
      context.length ? ` ${context.join(' · ')}` : null),
    snippet(hit.snippet));
}

/** The snippet's segments as text, the matched ones inside <mark>. */
function snippet(segments) {
  if (!Array.isArray(segments) || segments.length === 0) return null;
  return el('p', { class: 'search-snippet' },
    segments.map((s) => (s.match ? el('mark', { text: s.text ?? '' }) : String(s.text ?? ''))));
}

function regionLabel(code, names) {
  if (names.get(code)) return names.get(code);
  return !code || code === 'shared' ? t('course.shared') : code;
}

function competencyLabel(name) {
  return COMPETENCIES.includes(name) ? t(`competency.${name}`) : name;
}

/** The active filters as chips; each removes its filter. */
function showChips(box, params, names, courseTitles) {
  const active = [];
  const remove = (...keys) => changed(params, (next) => keys.forEach((k) => next.delete(k)));
  if (params.get('competency')) active.push([competencyLabel(params.get('competency')), remove('competency')]);
  if (params.get('jpMin') || params.get('jpMax')) active.push([jpLabel(params.get('jpMin'), params.get('jpMax')), remove('jpMin', 'jpMax')]);
  if (params.get('region')) active.push([regionLabel(params.get('region'), names), remove('region')]);
  if (params.get('course')) active.push([courseTitles.get(params.get('course')) || params.get('course'), remove('course')]);
  if (active.length === 0) { box.hidden = true; box.replaceChildren(); return; }
  const items = active.map(([label, next]) => el('li', {},
    el('button', { type: 'button', class: 'chip', 'aria-label': t('search.removeFilter', label), onclick: () => go(next) },
      el('span', { text: label }), el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }))));
  if (active.length > 1) {
    items.push(el('li', {}, el('button', { type: 'button', class: 'link clear-filters', text: t('search.clearFilters'), onclick: () => go(remove(...FILTERS)) })));
  }
  box.replaceChildren(el('span', { class: 'chips-title', id: 'search-chips-title', text: t('search.activeFilters') }),
    el('ul', { class: 'chips', 'aria-labelledby': 'search-chips-title' }, items));
  box.hidden = false;
}

/** The facets as toggle buttons with their counts; pressing one adds or removes its filter. */
function showFacets(box, params, facets, names, courseTitles) {
  const groups = [];
  const byCount = (counts) => Object.entries(counts || {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  const competency = facets.competency || {};
  const competencies = [...COMPETENCIES.filter((c) => competency[c] > 0),
    ...Object.keys(competency).filter((c) => !COMPETENCIES.includes(c) && competency[c] > 0)];
  groups.push(group('competency', t('search.facetCompetency'), competencies.map((name) => {
    const active = params.get('competency') === name;
    return toggle(competencyLabel(name), competency[name], active,
      changed(params, (next) => (active ? next.delete('competency') : next.set('competency', name))));
  })));

  const jp = facets.jp || {};
  groups.push(group('jp', t('search.facetJp'), JP_RANGES.filter((r) => jp[r] > 0).map((range) => {
    const { min, max } = jpBounds(range);
    const active = params.get('jpMin') === min && (params.get('jpMax') || null) === max;
    return toggle(jpLabel(min, max), jp[range], active, changed(params, (next) => {
      next.delete('jpMin');
      next.delete('jpMax');
      if (active) return;
      next.set('jpMin', min);
      if (max) next.set('jpMax', max);
    }));
  })));

  groups.push(group('region', t('search.facetRegion'), byCount(facets.region).map(([code, n]) => {
    const active = params.get('region') === code;
    return toggle(regionLabel(code, names), n, active,
      changed(params, (next) => (active ? next.delete('region') : next.set('region', code))));
  })));

  groups.push(group('course', t('search.facetCourse'), byCount(facets.course).map(([code, n]) => {
    const active = params.get('course') === code;
    return toggle(courseTitles.get(code) || code, n, active,
      changed(params, (next) => (active ? next.delete('course') : next.set('course', code))));
  })));

  const shown = groups.filter(Boolean);
  box.replaceChildren(el('h2', { id: 'search-facets-title', text: t('search.filters') }), ...shown);
  box.hidden = shown.length === 0;
}

function group(name, title, items) {
  if (items.length === 0) return null;
  const id = `search-facet-${name}`;
  return el('section', { class: 'facet-group', 'data-facet': name },
    el('h3', { id, text: title }),
    el('ul', { class: 'facet-list', 'aria-labelledby': id }, items));
}

function toggle(label, count, active, next) {
  return el('li', {},
    el('button', {
      type: 'button', class: active ? 'facet active' : 'facet', 'aria-pressed': String(active),
      'aria-label': t('search.facetItem', label, count), onclick: () => go(next),
    },
    el('span', { class: 'facet-label', text: label }),
    el('span', { class: 'facet-count', 'aria-hidden': 'true', text: String(count) })));
}

/** No hits: say so, offer the server's suggestions and, when filters narrow the search, a way out. */
function showEmpty(box, params, suggestions) {
  const children = [
    el('h2', { text: t('search.noResults') }),
    el('p', { class: 'muted', text: t('search.noResultsHelp') }),
  ];
  if (suggestions.length > 0) {
    const links = [];
    suggestions.forEach((text, i) => {
      if (i > 0) links.push(', ');
      links.push(el('a', { href: searchHref(changed(params, (next) => next.set('q', text))), text }));
    });
    children.push(el('p', { id: 'search-suggestions' }, t('search.didYouMean'), ' ', links));
  }
  if (FILTERS.some((key) => params.get(key))) {
    children.push(el('p', {}, el('a', {
      href: searchHref(changed(params, (next) => FILTERS.forEach((k) => next.delete(k)))),
      text: t('search.withoutFilters'),
    })));
  }
  box.replaceChildren(...children);
  box.hidden = false;
}

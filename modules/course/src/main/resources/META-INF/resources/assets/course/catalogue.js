// The catalogue: published courses (and, for staff, drafts) with filters and paging.
import { api } from '../api.js';
import { el, message } from '../dom.js';
import { t } from '../i18n.js';
import { session } from '../app.js';
import { courseFacts, pager } from './widgets.js';

const TYPES = ['manajerial', 'sosial-kultural', 'teknis'];

export async function cataloguePage() {
  const params = new URLSearchParams({ page: '1', size: '12' });
  const list = el('div', { id: 'catalogue' });
  const staff = session.has('SYSTEM_ADMIN', 'REGIONAL_ADMIN', 'INSTRUCTOR');
  const regions = await api('GET', 'regions');
  const filters = el('form', { class: 'filters catalogue-filters', role: 'search' },
    el('select', { name: 'competency', 'aria-label': t('catalogue.competency') },
      el('option', { value: '', text: t('catalogue.allCompetencies') }),
      TYPES.map((type) => el('option', { value: type, text: t(`competency.${type}`) }))),
    el('select', { name: 'jp', 'aria-label': t('catalogue.jp') },
      el('option', { value: '', text: t('catalogue.anyJp') }),
      el('option', { value: '1-4', text: t('catalogue.jpRange', 1, 4) }),
      el('option', { value: '5-8', text: t('catalogue.jpRange', 5, 8) }),
      el('option', { value: '9-100', text: t('catalogue.jpMore', 8) })),
    el('select', { name: 'region', 'aria-label': t('catalogue.region') },
      el('option', { value: '', text: t('catalogue.allRegions') }),
      el('option', { value: 'shared', text: t('course.shared') }),
      regions.map((r) => el('option', { value: r.code, text: r.name }))),
    staff ? el('select', { name: 'published', 'aria-label': t('catalogue.status') },
      el('option', { value: '', text: t('catalogue.anyStatus') }),
      el('option', { value: 'true', text: t('course.published') }),
      el('option', { value: 'false', text: t('course.draft') })) : null,
    el('button', { type: 'submit', text: t('users.filter') }));

  async function load() {
    list.replaceChildren(el('p', { class: 'muted', text: t('common.loading') }));
    try {
      const page = await api('GET', `courses?${params}`);
      list.replaceChildren(
        page.items.length === 0 ? el('p', { class: 'muted', text: t('catalogue.none') })
          : el('ul', { class: 'course-cards' }, page.items.map(card)),
        pager(page, (n) => { params.set('page', String(n)); load(); }, 'catalogue.pageOf'));
    } catch (e) {
      list.replaceChildren(message(e.message));
    }
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filters);
    for (const key of ['competency', 'region', 'published']) {
      if (data.get(key)) params.set(key, data.get(key)); else params.delete(key);
    }
    const [min, max] = (data.get('jp') || '').split('-');
    if (min) { params.set('jpMin', min); params.set('jpMax', max); } else { params.delete('jpMin'); params.delete('jpMax'); }
    params.set('page', '1');
    load();
  });
  load();
  return el('section', {},
    el('div', { class: 'heading' },
      el('h1', { text: t('catalogue.title') }),
      staff ? el('a', { class: 'button', href: '#/admin/courses/upload', text: t('nav.coursePackages') }) : null),
    filters, list);
}

function card(course) {
  return el('li', { class: 'card course-card' },
    el('h2', {}, el('a', { href: `#/courses/${course.code}`, text: course.title })),
    courseFacts(course),
    el('p', { text: course.description }));
}

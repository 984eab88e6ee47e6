// The assessment module's pages and its card on the course page, registered by the shell (app.js).
import { coursePageSections } from '../extensions.js';
import { STAFF, VIEWERS } from './format.js';
import { lazy } from '../lazy.js';
import './steps.js';

export const assessmentRoutes = [
  { path: /^\/attempts\/(\d+)$/, page: lazy(() => import('./take.js'), 'takePage') },
  { path: /^\/attempts\/(\d+)\/result$/, page: lazy(() => import('./result.js'), 'resultPage') },
  { path: /^\/courses\/([a-z0-9-]+)\/questions$/, page: lazy(() => import('./bank.js'), 'bankPage'), roles: STAFF },
  { path: /^\/courses\/([a-z0-9-]+)\/quizzes$/, page: lazy(() => import('./quizzes.js'), 'quizzesPage'), roles: STAFF },
  { path: /^\/quizzes\/(\d+)\/results$/, page: lazy(() => import('./results.js'), 'resultsPage'), roles: VIEWERS },
  { path: /^\/courses\/([a-z0-9-]+)\/grading$/, page: lazy(() => import('./grading.js'), 'gradingPage'), roles: STAFF },
  { path: /^\/courses\/([a-z0-9-]+)\/gain$/, page: lazy(() => import('./gain.js'), 'gainPage'), roles: VIEWERS },
];

// the test card is part of the course page, which is loaded lazily itself: so is the card
coursePageSections.push(lazy(() => import('./card.js'), 'testCard'));

// The assessment module's pages and its card on the course page, registered by the shell (app.js).
import { coursePageSections } from '../extensions.js';
import { STAFF, VIEWERS } from './format.js';
import { testCard } from './card.js';
import './steps.js';
import { takePage } from './take.js';
import { resultPage } from './result.js';
import { bankPage } from './bank.js';
import { quizzesPage } from './quizzes.js';
import { resultsPage } from './results.js';
import { gradingPage } from './grading.js';
import { gainPage } from './gain.js';

export const assessmentRoutes = [
  { path: /^\/attempts\/(\d+)$/, page: takePage },
  { path: /^\/attempts\/(\d+)\/result$/, page: resultPage },
  { path: /^\/courses\/([a-z0-9-]+)\/questions$/, page: bankPage, roles: STAFF },
  { path: /^\/courses\/([a-z0-9-]+)\/quizzes$/, page: quizzesPage, roles: STAFF },
  { path: /^\/quizzes\/(\d+)\/results$/, page: resultsPage, roles: VIEWERS },
  { path: /^\/courses\/([a-z0-9-]+)\/grading$/, page: gradingPage, roles: STAFF },
  { path: /^\/courses\/([a-z0-9-]+)\/gain$/, page: gainPage, roles: VIEWERS },
];

coursePageSections.push(testCard);

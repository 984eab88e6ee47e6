// Places where one module's pages show another module's parts, so modules need not import each
// other: the assessment module adds its pre-/post-test card to the course page, the evaluation
// module its form reminders to the home page and its attendance link to each cohort card.

/** Functions (courseDetail) => Promise<Node|null>, rendered in order on the course page. */
export const coursePageSections = [];

/** Functions () => Promise<Node|null>, rendered in order on the home page under the welcome. */
export const homeSections = [];

/** Functions (cohort) => Node|null, shown on each cohort's card of the course's cohorts page. */
export const cohortCardLinks = [];

/**
 * A learner's way through a course, contributed step by step: { order, step } where step is
 * (courseDetail) => Promise<Step|null>. The first step (by order) that is due is the one next
 * step the course page shows as its main button (course/steps.js): the assessment module adds the
 * pre-test (10) and the post-test (30), the course module the lessons (20), the evaluation module
 * the course's forms waiting for an answer (40).
 */
export const courseSteps = [];

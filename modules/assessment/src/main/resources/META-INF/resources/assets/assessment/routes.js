// The assessment module's pages and its card on the course page, registered by the shell (app.js).
export const assessmentRoutes = [];

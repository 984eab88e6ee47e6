// The report module's pages and links, registered by the shell (app.js).

export const reportRoutes = [];

/** Navigation links for the signed-in person's roles: [href, text, menu group (default learn)]. */
export function reportLinks(session) {
  return [];
}

// Route-level lazy loading: a page's code is fetched the first time the page is opened, so a
// learner never downloads the admin pages and the sign-in page needs only the shell.

let reloaded = false;

/**
 * A page function that imports its module on first use and calls its export `name`. A module
 * that cannot be fetched while the browser is online belongs to an older version of the app (the
 * server was upgraded under this page): the page is loaded again, once, to get the new version.
 * Offline, the error reads as "no connection" (status 0) like a failed API call.
 */
export function lazy(load, name) {
  return async (...args) => {
    let module;
    try {
      module = await load();
    } catch (e) {
      if (navigator.onLine && !reloaded && !sessionStorage.getItem('latih.reloaded')) {
        reloaded = true;
        sessionStorage.setItem('latih.reloaded', '1');
        location.reload();
      }
      throw Object.assign(new Error(e.message), { status: 0 });
    }
    sessionStorage.removeItem('latih.reloaded');
    return module[name](...args);
  };
}

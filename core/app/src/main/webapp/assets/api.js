// Talks to /api/v1: adds the language, the CSRF token on state-changing requests, and turns
// RFC 9457 problem details into ApiError so pages can show the server's own message. A server that
// is busy or stopping answers 503 with Retry-After: reads wait that long and try again by
// themselves (a few times); writers such as the test page use retryDelay for their own retries.

export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors || [];
    // The slug of the problem's type (e.g. 'answer-stale'): what a page switches on.
    this.type = typeof problem.type === 'string' ? problem.type.replace(/^.*\/problems\//, '') : null;
    // Seconds the server asked us to wait before trying again (429, 503), or null.
    this.retryAfter = retryAfter;
  }
}

const GET_RETRIES = 3;
const MAX_RETRY_AFTER = 60;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null without one. */
function retryAfterSeconds(header) {
  if (!header) return null;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(wait) ? Math.min(Math.max(wait, 0), MAX_RETRY_AFTER) : null;
}

/**
 * Milliseconds to wait before trying again after error e: the server's Retry-After when it sent
 * one, else fallbackMs; plus up to a second at random, so that clients refused together do not all
 * come back in the same instant.
 */
export function retryDelay(e, fallbackMs) {
  const wait = e && e.retryAfter != null ? e.retryAfter * 1000 : fallbackMs;
  return wait + Math.random() * 1000;
}

function pause(ms) {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}

/** An error body as a problem: a stand-in when it is not JSON (a proxy's or server's own page). */
function problemOf(text, status, statusText) {
  try {
    return (text && JSON.parse(text)) || {};
  } catch (e) {
    return { title: statusText || `HTTP ${status}` };
  }
}

const state = { csrf: null, language: 'id' };

export function setCsrf(token) { state.csrf = token; }
export function setLanguage(language) { state.language = language; }

export async function api(method, path, body, contentType = 'application/json') {
  for (let tries = 0; ; tries += 1) {
    try {
      return await send(method, path, body, contentType);
    } catch (e) {
      // A read is safe to repeat; a write is left to its page, which knows whether it is.
      if (method !== 'GET' || e.status !== 503 || e.retryAfter == null || tries >= GET_RETRIES) throw e;
      await pause(retryDelay(e, 0));
    }
  }
}

async function send(method, path, body, contentType) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': state.language };
  if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  let response;
  try {
    response = await fetch(`api/v1/${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { detail: null, title: 'offline' });
  }
  if (response.status === 204) return null;
  const text = await response.text();
  if (!response.ok) {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    throw new ApiError(response.status, problemOf(text, response.status, response.statusText), retryAfter);
  }
  return text ? JSON.parse(text) : null;
}

/** Uploads a file with progress reports (fetch cannot report upload progress). */
export function upload(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `api/v1/${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', state.language);
    xhr.setRequestHeader('Content-Type', contentType);
    if (state.csrf) xhr.setRequestHeader('X-CSRF-Token', state.csrf);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded * 100) / e.total)); });
    xhr.addEventListener('error', () => reject(new ApiError(0, { title: 'offline' })));
    xhr.addEventListener('load', () => {
      let data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = { detail: xhr.statusText }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(new ApiError(xhr.status, data || {}, retryAfterSeconds(xhr.getResponseHeader('Retry-After'))));
    });
    xhr.send(file);
  });
}

// Talks to /api/v1: adds the language, the CSRF token on state-changing requests, and turns
// RFC 9457 problem details into ApiError so pages can show the server's own message.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors || [];
    // The slug of the problem's type (e.g. 'answer-stale'): what a page switches on.
    this.type = typeof problem.type === 'string' ? problem.type.replace(/^.*\/problems\//, '') : null;
  }
}

const state = { csrf: null, language: 'id' };

export function setCsrf(token) { state.csrf = token; }
export function setLanguage(language) { state.language = language; }

export async function api(method, path, body, contentType = 'application/json') {
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
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data || {});
  return data;
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(data); else reject(new ApiError(xhr.status, data || {}));
    });
    xhr.send(file);
  });
}

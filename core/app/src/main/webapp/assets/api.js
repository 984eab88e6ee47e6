// Talks to /api/v1: adds the language, the CSRF token on state-changing requests, and turns
// RFC 9457 problem details into ApiError so pages can show the server's own message.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors || [];
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

// Every call to the platform's API goes through request(): the access token lives in memory
// only, the refresh token (which the API hands out in the response body) in localStorage so a
// reload keeps the customer signed in. A 401 triggers one refresh and one retry.

const REFRESH_KEY = 'shop.refreshToken';
const USER_KEY = 'shop.user';

let accessToken = null;
let refreshing = null;
const listeners = new Set();

const storage = globalThis.localStorage ?? new Map();
const read = (key) => (storage.getItem ? storage.getItem(key) : storage.get(key)) ?? null;
const write = (key, value) => {
  if (value == null) storage.removeItem ? storage.removeItem(key) : storage.delete(key);
  else storage.setItem ? storage.setItem(key, value) : storage.set(key, value);
};

/** An API error: the problem+json fields, or a network failure (status 0). */
export class ApiError extends Error {
  constructor({ status, title, detail, type, errors, retryAfter }) {
    super(title);
    Object.assign(this, { status, title, detail, type, errors: errors ?? [], retryAfter });
  }

  /** What to tell a person: the title, with "try again" where trying again may help. */
  get message() {
    if (this.status === 0) return 'The shop cannot be reached. Check your connection and try again.';
    if (this.status === 503 || this.status === 502 || this.status === 504) {
      return `${this.title || 'Service unavailable'}: please try again in a moment.`;
    }
    if (this.status === 429) {
      return `${this.title || 'Too many requests'}: please try again${this.retryAfter ? ` in ${this.retryAfter} s` : ''}.`;
    }
    return this.title || `Request failed (${this.status})`;
  }

  /** Field name to message, from the problem's validation list. */
  get fields() {
    const out = {};
    for (const e of this.errors) {
      if (!e || !e.field) continue;
      out[e.field] = e.message;
      // A field of a list element ("register.products[0].name") is also shown by its own name.
      const own = e.field.replace(/^.*\]\./, '');
      out[own] ??= e.message;
    }
    return out;
  }
}

export function currentUser() {
  const raw = read(USER_KEY);
  return raw ? JSON.parse(raw) : null;
}

export const isAdmin = (user = currentUser()) => Boolean(user?.roles?.includes('ADMIN'));

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function adopt(tokens) {
  accessToken = tokens.accessToken;
  write(REFRESH_KEY, tokens.refreshToken);
  write(USER_KEY, JSON.stringify(tokens.user));
  listeners.forEach((l) => l(tokens.user));
  return tokens.user;
}

function forget() {
  const hadUser = read(USER_KEY) != null;
  accessToken = null;
  write(REFRESH_KEY, null);
  write(USER_KEY, null);
  if (hadUser) listeners.forEach((l) => l(null));
}

async function problemOf(response) {
  let body = {};
  try {
    body = await response.json();
  } catch {
    body = {};
  }
  return new ApiError({
    status: response.status,
    title: body.title || response.statusText,
    detail: body.detail,
    type: body.type,
    errors: body.errors,
    retryAfter: response.headers.get('Retry-After'),
  });
}

async function send(method, path, { body, headers = {}, signal } = {}) {
  const all = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) all['Content-Type'] = 'application/json';
  if (accessToken) all.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (failure) {
    if (failure?.name === 'AbortError') throw failure;
    throw new ApiError({ status: 0, title: 'Network error' });
  }
}

/** Rotates the refresh token once, shared by every caller that hit a 401 at the same time. */
export function refresh() {
  const token = read(REFRESH_KEY);
  if (!token) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: token }),
      });
      if (response.status === 401 || response.status === 400) {
        forget();
        return false;
      }
      if (!response.ok) throw await problemOf(response);
      adopt(await response.json());
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * Calls the API and returns { data, headers, status }; throws ApiError for any error answer.
 * A 401 with a refresh token available is retried once after refreshing.
 */
export async function request(method, path, options = {}) {
  let response = await send(method, path, options);
  if (response.status === 401 && !path.startsWith('/api/v1/auth/') && read(REFRESH_KEY)) {
    if (await refresh()) response = await send(method, path, options);
  }
  if (!response.ok) throw await problemOf(response);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  return { data, headers: response.headers, status: response.status };
}

export const get = async (path, options) => (await request('GET', path, options)).data;
export const post = async (path, body, options = {}) => (await request('POST', path, { ...options, body })).data;

/** Opens a streaming GET (text/event-stream) with the same token handling; returns the Response. */
export async function openStream(path, signal) {
  const headers = { Accept: 'text/event-stream' };
  let response = await send('GET', path, { headers, signal });
  if (response.status === 401 && read(REFRESH_KEY)) {
    if (await refresh()) response = await send('GET', path, { headers, signal });
  }
  return response;
}

export async function signUp(form) {
  return adopt(await post('/api/v1/auth/signup', form));
}

export async function logIn(form) {
  return adopt(await post('/api/v1/auth/login', form));
}

export async function exchangeGoogleCode(code) {
  return adopt(await post('/api/v1/auth/google/exchange', { code }));
}

export async function logOut() {
  const token = read(REFRESH_KEY);
  try {
    if (token) await post('/api/v1/auth/logout', { refreshToken: token });
  } finally {
    forget();
  }
}

/** At start-up: a stored refresh token becomes an access token again. */
export async function resume() {
  if (!read(REFRESH_KEY)) {
    forget();
    return null;
  }
  try {
    return (await refresh()) ? currentUser() : null;
  } catch {
    return currentUser();
  }
}

export const hasAccessToken = () => accessToken != null;

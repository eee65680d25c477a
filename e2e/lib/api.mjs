// Calls the API directly, for test set-up and for checking what the UI did
// (the UI itself is always driven through the bridge with real input).
import assert from 'node:assert/strict';

export class Api {
  constructor(baseUrl, token = null) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  async request(method, path, body, { expect } = {}) {
    const headers = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(new URL(`/api/v1${path}`, this.baseUrl), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (expect !== undefined) {
      assert.equal(response.status, expect, `${method} ${path}: ${text}`);
    } else if (!response.ok) {
      throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    }
    return { status: response.status, headers: response.headers, json };
  }

  get(path, options) { return this.request('GET', path, undefined, options); }

  /** Registers `username` and keeps its token; returns the account. */
  async register(username, password, displayName) {
    const { json } = await this.request('POST', '/auth/register',
      { username, password, ...(displayName ? { display_name: displayName } : {}) });
    this.token = json.token;
    return json.user;
  }

  /** Signs `username` in and keeps its token; returns the account. */
  async login(username, password) {
    const { json } = await this.request('POST', '/auth/login', { username, password });
    this.token = json.token;
    return json.user;
  }

  async movie(id) { return (await this.get(`/movies/${encodeURIComponent(id)}`)).json; }
}

/** A username no earlier run used. */
export function uniqueName(prefix = 'e2e') {
  return `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

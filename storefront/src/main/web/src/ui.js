// Shared building blocks: the htm binding, money and date formatting, form fields that show
// their own validation message, and the live regions that announce errors and status.
import { h } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import htm from 'htm';
import { ApiError } from './api.js';

export const html = htm.bind(h);

const formats = new Map();
export function money(amount, currency = 'KRW') {
  if (amount == null || amount === '') return '';
  if (!formats.has(currency)) formats.set(currency, new Intl.NumberFormat('en', { style: 'currency', currency }));
  return formats.get(currency).format(Number(amount));
}

export const when = (iso) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '');

let fieldIds = 0;
export function useId(prefix) {
  const [id] = useState(() => `${prefix}-${++fieldIds}`);
  return id;
}

/** A labelled input; `error` (a field message from the API) is announced and tied to the input. */
export function Field({ label, error, hint, as = 'input', children, ...input }) {
  const id = useId(input.name || 'field');
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const props = { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described, ...input };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${as === 'select' ? html`<select ...${props}>${children}</select>`
      : as === 'textarea' ? html`<textarea ...${props}></textarea>` : html`<input ...${props} />`}
    ${hint && html`<small id=${`${id}-hint`} class="hint">${hint}</small>`}
    ${error && html`<small id=${`${id}-error`} class="field-error">${error}</small>`}
  </div>`;
}

/** The error of the last request, in an assertive live region that is always in the page. */
export function ErrorMessage({ error }) {
  const text = error instanceof ApiError ? error.message : error ? String(error.message || error) : '';
  const detail = error instanceof ApiError && error.detail && error.detail !== error.title ? error.detail : '';
  return html`<div class=${text ? 'message error' : 'message empty'} role="alert" aria-live="assertive" data-testid="error">
    ${text && html`<strong>${text}</strong>`}${detail && html`<span> ${detail}</span>`}
  </div>`;
}

export function StatusMessage({ text }) {
  return html`<div class=${text ? 'message status' : 'message empty'} role="status" aria-live="polite" data-testid="status">${text || ''}</div>`;
}

/** Loads data for a view; reload() fetches again. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ loading: true, data: undefined, error: null });
  const run = useCallback(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.resolve().then(load).then(
      (data) => alive && setState({ loading: false, data, error: null }),
      (error) => alive && setState({ loading: false, data: undefined, error }),
    );
    return () => { alive = false; };
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run, setData: (data) => setState((s) => ({ ...s, data })) };
}

/** Runs a user action: tracks busy state, the error to show and a status line. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [status, setStatus] = useState('');
  const run = useCallback(async (action, done) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const result = await action();
      if (done) setStatus(typeof done === 'function' ? done(result) : done);
      return result;
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const fields = error instanceof ApiError ? error.fields : {};
  return { busy, error, status, fields, run, setError, setStatus };
}

export const STATUS_LABEL = {
  PENDING: 'Pending', CONFIRMED: 'Confirmed', SHIPPED: 'Shipped', DELIVERED: 'Delivered', CANCELLED: 'Cancelled',
};

export function navigate(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

export const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
  : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));

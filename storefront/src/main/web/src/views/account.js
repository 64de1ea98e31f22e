// Sign-up, login and the Google sign-in (which ends on /oauth2/redirect with a one-time code).
import { useState } from 'preact/hooks';
import { logIn, signUp, exchangeGoogleCode } from '../api.js';
import { html, Field, ErrorMessage, StatusMessage, useAction, navigate } from '../ui.js';

function after(params) {
  const next = params.get('next');
  navigate(next && next.startsWith('#/') ? next : '#/');
}

function GoogleButton() {
  // A full-page navigation: user-service redirects to Google and back to /oauth2/redirect.
  return html`<p class="or"><a class="button google" href="/oauth2/authorization/google">Sign in with Google</a></p>`;
}

export function Login({ params }) {
  const action = useAction();
  const [form, setForm] = useState({ email: '', password: '' });
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });
  async function submit(event) {
    event.preventDefault();
    if (await action.run(() => logIn(form))) after(params);
  }
  const f = action.fields;
  return html`<section class="narrow" aria-labelledby="login-title">
    <h1 id="login-title">Sign in</h1>
    ${params.get('error') && html`<${ErrorMessage} error=${new Error(`Google sign-in failed (${params.get('error').replaceAll('_', ' ')}).`)} />`}
    <form onSubmit=${submit} noValidate>
      <${Field} label="Email" name="email" type="email" autocomplete="email" required value=${form.email} onInput=${set('email')} error=${f.email} />
      <${Field} label="Password" name="password" type="password" autocomplete="current-password" required value=${form.password} onInput=${set('password')} error=${f.password} />
      <${ErrorMessage} error=${action.error} />
      <button type="submit" class="primary" disabled=${action.busy}>Sign in</button>
    </form>
    <${GoogleButton} />
    <p>New here? <a href=${`#/signup${params.get('next') ? `?next=${encodeURIComponent(params.get('next'))}` : ''}`}>Create an account</a></p>
  </section>`;
}

export function SignUp({ params }) {
  const action = useAction();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });
  async function submit(event) {
    event.preventDefault();
    if (await action.run(() => signUp(form))) after(params);
  }
  const f = action.fields;
  return html`<section class="narrow" aria-labelledby="signup-title">
    <h1 id="signup-title">Create an account</h1>
    <form onSubmit=${submit} noValidate>
      <${Field} label="Name" name="name" autocomplete="name" required value=${form.name} onInput=${set('name')} error=${f.name} />
      <${Field} label="Email" name="email" type="email" autocomplete="email" required value=${form.email} onInput=${set('email')} error=${f.email} />
      <${Field} label="Password" name="password" type="password" autocomplete="new-password" required value=${form.password} onInput=${set('password')} error=${f.password}
        hint="At least 8 characters" />
      <${ErrorMessage} error=${action.error} />
      <button type="submit" class="primary" disabled=${action.busy}>Create account</button>
    </form>
    <${GoogleButton} />
    <p>Already have an account? <a href="#/login">Sign in</a></p>
  </section>`;
}

/** /oauth2/redirect?code=… (or ?error=…): trades the code for tokens, then opens the shop. */
export async function finishGoogleLogin() {
  if (location.pathname !== '/oauth2/redirect') return null;
  const query = new URLSearchParams(location.search);
  history.replaceState(null, '', '/');
  if (query.get('error')) return `#/login?error=${encodeURIComponent(query.get('error'))}`;
  try {
    await exchangeGoogleCode(query.get('code') || '');
    return '#/';
  } catch {
    return '#/login?error=login_failed';
  }
}

export function Forbidden() {
  return html`<section aria-labelledby="forbidden-title" class="narrow">
    <h1 id="forbidden-title">Not allowed</h1>
    <div class="message error" role="alert" data-testid="forbidden">The back office is for administrators only. Your account does not have the ADMIN role.</div>
    <p><a href="#/">Back to the shop</a></p>
  </section>`;
}

export { StatusMessage };

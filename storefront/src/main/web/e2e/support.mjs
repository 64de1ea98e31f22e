// Shared by the end-to-end scenarios: the browser (Debian's Chromium, never a downloaded one),
// API calls for setting up data (retried on 429 and 503, which the gateway answers under load
// or while a service restarts), unique customers, and a screenshot at the end of every test.
import { test } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const BASE = (process.env.STOREFRONT_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SHOTS = join(process.env.E2E_OUT || join(here, '../../../../target/e2e'), 'screenshots');
export const ADMIN = {
  email: process.env.ADMIN_EMAIL || 'admin@shop.local',
  password: process.env.ADMIN_PASSWORD || 'local-only-change-me-2026',
};
export const PASSWORD = 'E2e-password-2026!';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls the API through the same origin as the app; answers { status, data, headers }. */
export async function api(method, path, { token, body, headers = {}, expect } = {}) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(BASE + path, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (failure) {
      if (attempt < 10) { await pause(2000); continue; }
      throw failure;
    }
    if ((response.status === 429 || response.status === 503) && attempt < 10) {
      const retryAfter = Number(response.headers.get('Retry-After')) || 1;
      await pause(Math.min(10, retryAfter) * 1000 + 250);
      continue;
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (expect && response.status !== expect) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return { status: response.status, data, headers: response.headers };
  }
}

/** Waits (bounded) until the gateway reports UP, for runs started while the platform restarts. */
export async function platformUp(limitMs = 180000) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    try {
      const health = await fetch(`${BASE}/actuator/health`).then((r) => r.json());
      if (health.status === 'UP') return;
    } catch {
      // not up yet
    }
    await pause(2000);
  }
  throw new Error(`${BASE} did not come up`);
}

/** Polls a condition (bounded) for API state that settles asynchronously, such as the saga. */
export async function eventually(probe, { timeout = 30000, every = 500, what = 'condition' } = {}) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await probe();
    if (last) return last;
    await pause(every);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const uniqueEmail = (tag) => `e2e-${tag}-${Date.now()}-${randomUUID().slice(0, 8)}@example.com`;

export async function customer(tag) {
  const email = uniqueEmail(tag);
  const { data } = await api('POST', '/api/v1/auth/signup', { body: { email, password: PASSWORD, name: `E2E ${tag}` }, expect: 201 });
  return { email, password: PASSWORD, token: data.accessToken, user: data.user };
}

export async function adminToken() {
  const { data } = await api('POST', '/api/v1/auth/login', { body: ADMIN, expect: 200 });
  return data.accessToken;
}

export async function stock(productId) {
  return (await api('GET', `/api/v1/inventory/products/${productId}`, { expect: 200 })).data;
}

/** An active product found by keyword with at least `least` in stock, skipping `avoid` ids. */
export async function stockedProduct(keyword, { least = 3, avoid = [] } = {}) {
  const { data } = await api('GET', `/api/v1/products?keyword=${encodeURIComponent(keyword)}&size=12`, { expect: 200 });
  for (const product of data) {
    if (avoid.includes(product.id)) continue;
    if ((await stock(product.id)).availableQuantity >= least) return product;
  }
  throw new Error(`no product for "${keyword}" with ${least} in stock`);
}

export async function placeOrder(token, productId, card = 'tok_visa') {
  const { data } = await api('POST', '/api/v1/orders', {
    token, headers: { 'Idempotency-Key': randomUUID() }, expect: 201,
    body: { items: [{ productId, quantity: 1 }], shippingName: 'E2E Buyer', shippingAddress: '1 Test Street, Seoul',
      shippingPhone: '+82 10 1234 5678', payment: { method: 'CARD', token: card } },
  });
  return data;
}

/** Whether order-service offers the live stream yet (it answers 404 where it does not). */
export async function streamAvailable(token) {
  const controller = new AbortController();
  try {
    const response = await fetch(`${BASE}/api/v1/orders/my/events`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' }, signal: controller.signal,
    });
    return response.ok && (response.headers.get('Content-Type') || '').includes('text/event-stream');
  } finally {
    controller.abort();
  }
}

/**
 * A test with its own browser: `body({ page })`. A screenshot is saved at the end, and another
 * one named after the failure when it fails.
 */
export function scenario(name, body, { viewport = { width: 1280, height: 900 } } = {}) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  test(name, { timeout: 180000 }, async () => {
    await platformUp();
    await mkdir(SHOTS, { recursive: true });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
    const context = await browser.newContext({ viewport, baseURL: BASE });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await body({ page, problems });
      if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
    } catch (failure) {
      await page.screenshot({ path: join(SHOTS, `${slug}-failure.png`), fullPage: true }).catch(() => {});
      throw failure;
    } finally {
      await page.screenshot({ path: join(SHOTS, `${slug}.png`), fullPage: true }).catch(() => {});
      await browser.close();
    }
  });
}

export async function logIn(page, { email, password }) {
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('who').waitFor();
}

/** Checkout of the current cart with the given card label; returns the order id from the URL. */
export async function checkOut(page, cardLabel) {
  await page.goto('/#/checkout');
  await page.getByLabel('Full name').fill('E2E Buyer');
  await page.getByLabel('Address').fill('1 Test Street, Seoul');
  await page.getByLabel('Phone').fill('+82 10 1234 5678');
  await page.getByLabel(cardLabel).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/#\/orders\/[0-9A-Z]+$/);
  return page.url().split('/').pop();
}

export const statusText = (page) => page.getByTestId('order-status').textContent();

import assert from 'node:assert/strict';
import { scenario, uniqueEmail, PASSWORD, stockedProduct, streamAvailable, checkOut, statusText, api } from './support.mjs';

// A misspelling of "headphones": the catalog's search is typo-tolerant.
const MISSPELT = 'headphnes';

async function buy(page, { viewportCheck = false } = {}) {
  const product = await stockedProduct('headphones');
  const email = uniqueEmail(viewportCheck ? 'phone' : 'buyer');

  await page.goto('/#/signup');
  await page.getByLabel('Name').fill('E2E Buyer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('who').waitFor();

  await page.getByRole('searchbox', { name: 'Search' }).fill(MISSPELT);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('link', { name: product.name }).click();
  await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
  await page.getByTestId('stock').filter({ hasText: 'available' }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('status').filter({ hasText: 'Added 1' }).waitFor();

  await page.getByTestId('cart-link').click();
  await page.getByRole('row').filter({ hasText: product.name }).waitFor();
  if (viewportCheck) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the cart fits a 375 px screen (is ${width} px wide)`);
  }
  await page.getByRole('link', { name: 'Check out' }).click();
  const orderId = await checkOut(page, /charged/);

  const first = await statusText(page);
  await page.getByTestId('order-status').filter({ hasText: 'Confirmed' }).waitFor({ timeout: 45000 });
  const source = await page.getByTestId('order-status').getAttribute('data-source');
  const token = await page.evaluate(async () => (await fetch('/api/v1/auth/refresh', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: localStorage.getItem('shop.refreshToken') }),
  }).then((r) => r.json()).then((t) => { localStorage.setItem('shop.refreshToken', t.refreshToken); return t.accessToken; })));
  const live = await streamAvailable(token);
  console.log(`order ${orderId}: first shown ${first}, CONFIRMED delivered by ${source} (stream endpoint ${live ? 'present' : 'absent: re-fetch fallback'})`);
  assert.equal(first, 'Pending');
  assert.equal(source, live ? 'stream' : 'refetch');
  const order = (await api('GET', `/api/v1/orders/${orderId}`, { token, expect: 200 })).data;
  assert.equal(order.status, 'CONFIRMED');
}

scenario('a. new customer signs up, finds a product by a misspelt word, buys it and sees it confirmed live', ({ page }) => buy(page));

scenario('e. a purchase on a 375 px phone screen', ({ page }) => buy(page, { viewportCheck: true }),
  { viewport: { width: 375, height: 740 } });

import assert from 'node:assert/strict';
import { scenario, customer, adminToken, ADMIN, logIn, stockedProduct, placeOrder, api, eventually } from './support.mjs';

scenario('c. an admin restocks a product, sees it in the history, and ships a confirmed order', async ({ page }) => {
  const buyer = await customer('shipped');
  const product = await stockedProduct('lamp');
  const order = await placeOrder(buyer.token, product.id);
  await eventually(async () => (await api('GET', `/api/v1/orders/${order.id}`, { token: buyer.token })).data.status === 'CONFIRMED',
    { what: 'order confirmed' });

  await logIn(page, ADMIN);
  await page.getByRole('link', { name: 'Back office' }).click();
  await page.goto(`/#/admin/stock?product=${product.id}`);
  const available = Number(await page.getByTestId('available').textContent());
  const reason = `e2e restock ${Date.now()}`;
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel('Change').selectOption('INCREASE');
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', { name: 'Adjust stock' }).click();
  await page.getByTestId('stock-history').getByRole('row').filter({ hasText: reason }).waitFor();
  await page.getByTestId('available').filter({ hasText: String(available + 5) }).waitFor();

  await page.goto(`/#/admin/orders?id=${order.id}`);
  const row = page.locator(`tr[data-order="${order.id}"]`);
  await row.getByTestId('admin-order-status').filter({ hasText: 'Confirmed' }).waitFor();
  await row.getByRole('button', { name: `Ship ${order.orderNumber}` }).click();
  await row.getByTestId('admin-order-status').filter({ hasText: 'Shipped' }).waitFor();
  const token = await adminToken();
  assert.equal((await api('GET', `/api/v1/orders/${order.id}`, { token, expect: 200 })).data.status, 'SHIPPED');
});

scenario('d. a customer cannot open the back office', async ({ page }) => {
  const someone = await customer('nosy');
  await logIn(page, someone);
  assert.equal(await page.getByRole('link', { name: 'Back office' }).count(), 0);
  await page.goto('/#/admin');
  await page.getByTestId('forbidden').waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Not allowed/);
  const answer = await api('GET', '/api/v1/orders?status=CONFIRMED', { token: someone.token });
  assert.equal(answer.status, 403);
  const adjust = await api('POST', '/api/v1/inventory/products/0/adjust', { token: someone.token, body: { quantity: 1, changeType: 'INCREASE' } });
  assert.equal(adjust.status, 403);
});

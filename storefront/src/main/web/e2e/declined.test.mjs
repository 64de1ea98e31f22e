import assert from 'node:assert/strict';
import { scenario, customer, logIn, stockedProduct, stock, api, eventually, checkOut } from './support.mjs';

scenario('b. a declined card cancels the order with the reason and puts the stock back', async ({ page }) => {
  const buyer = await customer('declined');
  const product = await stockedProduct('telescope');
  const before = (await stock(product.id)).availableQuantity;
  await api('POST', '/api/v1/carts/items', { token: buyer.token, body: { productId: product.id, quantity: 1 }, expect: 200 });

  await logIn(page, buyer);
  await checkOut(page, /declined/);
  await page.getByTestId('order-status').filter({ hasText: 'Cancelled' }).waitFor({ timeout: 45000 });
  const reason = await page.getByTestId('cancel-reason').textContent();
  assert.match(reason, /payment was declined/i);
  assert.match(reason, /card was declined/i);

  await eventually(async () => (await stock(product.id)).availableQuantity === before, { what: 'stock released' });
  await page.goto(`/#/products/${product.id}`);
  await page.getByTestId('stock').filter({ hasText: `In stock: ${before} available` }).waitFor();
});

// The cart (change quantities, remove) and the checkout with shipping details and a card.
import { useState } from 'preact/hooks';
import { get, request } from '../api.js';
import { html, money, Field, ErrorMessage, StatusMessage, useLoad, useAction, navigate, uuid } from '../ui.js';
import { rememberPlaced } from './orders.js';

const cartListeners = new Set();
export function cartChanged(cart) {
  cartListeners.forEach((l) => l(cart));
}
export function onCartChange(listener) {
  cartListeners.add(listener);
  return () => cartListeners.delete(listener);
}

/** The payment simulator's test cards: tok_visa is charged, tok_chargeDeclined is declined. */
export const CARDS = [
  { token: 'tok_visa', label: 'Visa ending 4242 (test card that is charged)' },
  { token: 'tok_chargeDeclined', label: 'Visa ending 0002 (test card that is declined)' },
];

export function Cart() {
  const cart = useLoad(() => get('/api/v1/carts'), []);
  const action = useAction();

  async function change(item, quantity) {
    const updated = await action.run(() => request('PATCH', `/api/v1/carts/items/${item.id}`, { body: { quantity } })
      .then((r) => r.data), `${item.productName}: quantity ${quantity}.`);
    if (updated) { cart.setData(updated); cartChanged(updated); }
  }

  async function remove(item) {
    const updated = await action.run(() => request('DELETE', `/api/v1/carts/items/${item.id}`).then((r) => r.data),
      `${item.productName} removed.`);
    if (updated !== undefined) {
      const fresh = updated ?? await get('/api/v1/carts');
      cart.setData(fresh);
      cartChanged(fresh);
    }
  }

  const c = cart.data;
  return html`<section aria-labelledby="cart-title">
    <h1 id="cart-title">Your cart</h1>
    <${ErrorMessage} error=${cart.error || action.error} />
    <${StatusMessage} text=${cart.loading && !c ? 'Loading cart…' : action.status} />
    ${c && c.items.length === 0 && html`<p>Your cart is empty. <a href="#/">Browse the shop</a>.</p>`}
    ${c && c.items.length > 0 && html`
      <table class="cart">
        <caption class="visually-hidden">Items in your cart</caption>
        <thead><tr><th scope="col">Product</th><th scope="col">Price</th><th scope="col">Quantity</th><th scope="col">Subtotal</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${c.items.map((item) => html`<tr key=${item.id}>
          <th scope="row"><a href=${`#/products/${item.productId}`}>${item.productName}</a>
            ${!item.available && html`<small class="field-error"> ${item.availability || 'unavailable'}</small>`}</th>
          <td data-label="Price">${money(item.price, c.currency)}</td>
          <td data-label="Quantity"><${Quantity} item=${item} busy=${action.busy} onChange=${change} /></td>
          <td data-label="Subtotal">${money(item.subtotal, c.currency)}</td>
          <td><button type="button" onClick=${() => remove(item)} disabled=${action.busy}
            aria-label=${`Remove ${item.productName}`}>Remove</button></td>
        </tr>`)}</tbody>
      </table>
      <p class="total">Total (${c.totalItemCount} items): <strong data-testid="cart-total">${money(c.totalPrice, c.currency)}</strong></p>
      <p><a class="button primary" href="#/checkout">Check out</a></p>`}
  </section>`;
}

function Quantity({ item, busy, onChange }) {
  const [value, setValue] = useState(item.quantity);
  const label = `Quantity of ${item.productName}`;
  return html`<form class="quantity" onSubmit=${(e) => { e.preventDefault(); onChange(item, Number(value)); }}>
    <button type="button" aria-label=${`One less ${item.productName}`} disabled=${busy || item.quantity <= 1}
      onClick=${() => onChange(item, item.quantity - 1)}>−</button>
    <input type="number" min="1" aria-label=${label} value=${value} onInput=${(e) => setValue(e.currentTarget.value)}
      onChange=${(e) => Number(e.currentTarget.value) !== item.quantity && onChange(item, Number(e.currentTarget.value))} />
    <button type="button" aria-label=${`One more ${item.productName}`} disabled=${busy}
      onClick=${() => onChange(item, item.quantity + 1)}>+</button>
  </form>`;
}

export function Checkout() {
  const cart = useLoad(() => get('/api/v1/carts'), []);
  const action = useAction();
  const [form, setForm] = useState({ shippingName: '', shippingAddress: '', shippingPhone: '', card: CARDS[0].token });
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });

  async function place(event) {
    event.preventDefault();
    // A new key per attempt: a retried click of the same attempt is replayed, never doubled.
    const key = uuid();
    const order = await action.run(async () => (await request('POST', '/api/v1/orders', {
      headers: { 'Idempotency-Key': key },
      body: {
        fromCart: true, shippingName: form.shippingName, shippingAddress: form.shippingAddress,
        shippingPhone: form.shippingPhone, payment: { method: 'CARD', token: form.card },
      },
    })).data);
    if (order) {
      rememberPlaced(order);
      cartChanged(null);
      navigate(`#/orders/${order.id}`);
    }
  }

  const c = cart.data;
  const f = action.fields;
  return html`<section aria-labelledby="checkout-title">
    <h1 id="checkout-title">Checkout</h1>
    <${ErrorMessage} error=${cart.error} />
    ${c && html`<p>${c.totalItemCount} items, total <strong>${money(c.totalPrice, c.currency)}</strong>. <a href="#/cart">Change the cart</a></p>`}
    ${c && c.items.length === 0 ? html`<p>Your cart is empty. <a href="#/">Browse the shop</a>.</p>` : html`
    <form class="checkout" onSubmit=${place} noValidate>
      <fieldset>
        <legend>Shipping</legend>
        <${Field} label="Full name" name="shippingName" autocomplete="name" required value=${form.shippingName} onInput=${set('shippingName')} error=${f.shippingName} />
        <${Field} label="Address" name="shippingAddress" as="textarea" autocomplete="street-address" required value=${form.shippingAddress} onInput=${set('shippingAddress')} error=${f.shippingAddress} />
        <${Field} label="Phone" name="shippingPhone" type="tel" autocomplete="tel" required value=${form.shippingPhone} onInput=${set('shippingPhone')} error=${f.shippingPhone}
          hint="7 to 20 digits; spaces, +, -, ( ) allowed" />
      </fieldset>
      <fieldset>
        <legend>Card</legend>
        ${CARDS.map((card) => html`<label class="choice">
          <input type="radio" name="card" value=${card.token} checked=${form.card === card.token} onChange=${set('card')} /> ${card.label}
        </label>`)}
        ${f['payment.token'] && html`<small class="field-error">${f['payment.token']}</small>`}
      </fieldset>
      <${ErrorMessage} error=${action.error} />
      <button type="submit" class="primary" disabled=${action.busy}>${action.busy ? 'Placing order…' : 'Place order'}</button>
    </form>`}
  </section>`;
}

// A customer's orders: the live order page (status follows the saga without reloading) and the
// order history with cancellation where the order still allows it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post, request } from '../api.js';
import { followOrders } from '../orderEvents.js';
import { cartChanged } from './cart.js';
import { html, money, when, ErrorMessage, StatusMessage, useLoad, useAction, STATUS_LABEL } from '../ui.js';

const CANCELLABLE = new Set(['PENDING', 'CONFIRMED']);
const REASONS = {
  PAYMENT_DECLINED: 'the payment was declined', OUT_OF_STOCK: 'not enough stock',
  CUSTOMER_CANCELLED: 'you cancelled it', DEADLINE_EXCEEDED: 'it took too long to complete',
};

// The order just placed, so its page can show it at once and let the live stream update it.
const justPlaced = new Map();
export const rememberPlaced = (order) => justPlaced.set(order.id, order);

export function reasonText(order) {
  if (order.status !== 'CANCELLED') return '';
  const reason = REASONS[order.cancellationReason] || (order.cancellationReason || '').toLowerCase().replaceAll('_', ' ');
  const detail = order.cancellationDetail ? order.cancellationDetail.replace(/^[a-z_]+:\s*/, '') : '';
  return [reason && `Cancelled because ${reason}.`, detail].filter(Boolean).join(' ');
}

function OrderLines({ order }) {
  return html`<table class="lines">
    <caption class="visually-hidden">Items</caption>
    <thead><tr><th scope="col">Product</th><th scope="col">Price</th><th scope="col">Qty</th><th scope="col">Subtotal</th></tr></thead>
    <tbody>${order.items.map((i) => html`<tr key=${i.id}><th scope="row"><a href=${`#/products/${i.productId}`}>${i.productName}</a></th>
      <td data-label="Price">${money(i.price, order.currency)}</td><td data-label="Qty">${i.quantity}</td><td data-label="Subtotal">${money(i.subtotal, order.currency)}</td></tr>`)}</tbody>
  </table>`;
}

export function OrderPage({ id }) {
  const [order, setOrder] = useState(() => justPlaced.get(id));
  const [source, setSource] = useState(order ? 'checkout' : 'load');
  const [live, setLive] = useState('connecting');
  const [error, setError] = useState(null);
  const action = useAction();
  const latest = useRef(order);

  useEffect(() => {
    let stop = () => {};
    let state = 'connecting';
    const show = (o, from) => {
      // A confirmed order empties the cart on the server; the header's count follows.
      if (o.status === 'CONFIRMED' && latest.current?.status !== 'CONFIRMED') cartChanged(null);
      latest.current = o; setOrder(o); setSource(from); setError(null);
    };
    const refetch = async () => {
      try {
        show(await get(`/api/v1/orders/${encodeURIComponent(id)}`), 'refetch');
        if (state === 'polling' && latest.current.status !== 'PENDING') stop();
      } catch (failure) {
        setError(failure);
        if (failure.status === 404 || failure.status === 403) stop();
      }
    };
    if (!justPlaced.has(id)) refetch();
    justPlaced.delete(id);
    stop = followOrders({
      onOrder: (o) => o.id === id && show(o, 'stream'),
      onReconnect: refetch,
      onState: (s) => { state = s; setLive(s); },
    });
    return () => stop();
  }, [id]);

  async function cancel() {
    const updated = await action.run(() => post(`/api/v1/orders/${encodeURIComponent(id)}/cancel`), 'Cancellation requested.');
    if (updated) { latest.current = updated; setOrder(updated); setSource('cancel'); }
  }

  if (!order) {
    return html`<section><h1>Order</h1><${ErrorMessage} error=${error} /><${StatusMessage} text=${error ? '' : 'Loading order…'} /></section>`;
  }
  const liveText = { live: 'Live updates on', reconnecting: 'Reconnecting for live updates…', polling: 'Checking for updates', connecting: 'Connecting…' }[live];
  return html`<article aria-labelledby="order-title" class="order">
    <h1 id="order-title">Order ${order.orderNumber}</h1>
    <p>Placed ${when(order.orderedAt)}</p>
    <div class=${`order-status status-${order.status}`} role="status" aria-live="polite" aria-atomic="true">
      <span>Status: </span><strong data-testid="order-status" data-source=${source}>${STATUS_LABEL[order.status] || order.status}</strong>
      ${order.status === 'PENDING' && html`<span> — we are reserving stock and charging your card.</span>`}
      ${order.status === 'CANCELLED' && html`<p data-testid="cancel-reason">${reasonText(order)}</p>`}
    </div>
    <p class="live" data-testid="live-state" data-state=${live}><small>${liveText}</small></p>
    <${ErrorMessage} error=${error || action.error} />
    <${StatusMessage} text=${action.status} />
    <${OrderLines} order=${order} />
    <p class="total">Total: <strong>${money(order.totalAmount, order.currency)}</strong>${order.paymentStatus && html` · payment ${order.paymentStatus.toLowerCase()}`}</p>
    <h2>Shipping to</h2>
    <address>${order.shippingName}<br />${order.shippingAddress}<br />${order.shippingPhone}</address>
    ${CANCELLABLE.has(order.status) && html`<button type="button" onClick=${cancel} disabled=${action.busy}>Cancel this order</button>`}
    <p><a href="#/orders">All my orders</a></p>
  </article>`;
}

const HISTORY_SIZE = 10;

export function OrderHistory({ params }) {
  const page = Number(params.get('page') || 0);
  const list = useLoad(async () => {
    const answer = await request('GET', `/api/v1/orders/my?page=${page}&size=${HISTORY_SIZE}`);
    return { items: answer.data, total: Number(answer.headers.get('X-Total-Count') ?? answer.data.length) };
  }, [page]);
  const action = useAction();

  async function cancel(order) {
    const updated = await action.run(() => post(`/api/v1/orders/${order.id}/cancel`), `Order ${order.orderNumber}: cancellation requested.`);
    if (updated) list.setData({ ...list.data, items: list.data.items.map((o) => (o.id === updated.id ? updated : o)) });
  }

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / HISTORY_SIZE)) : 1;
  return html`<section aria-labelledby="orders-title">
    <h1 id="orders-title">My orders</h1>
    <${ErrorMessage} error=${list.error || action.error} />
    <${StatusMessage} text=${list.loading ? 'Loading orders…' : action.status} />
    ${list.data?.items.length === 0 && html`<p>No orders yet. <a href="#/">Browse the shop</a>.</p>`}
    ${list.data?.items.length > 0 && html`<table class="orders">
      <caption class="visually-hidden">Orders, newest first</caption>
      <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Status</th><th scope="col">Total</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${list.data.items.map((o) => html`<tr key=${o.id}>
        <th scope="row"><a href=${`#/orders/${o.id}`}>${o.orderNumber}</a></th>
        <td data-label="Placed">${when(o.orderedAt)}</td>
        <td data-label="Status">${STATUS_LABEL[o.status] || o.status}${o.status === 'CANCELLED' && html`<br /><small>${reasonText(o)}</small>`}</td>
        <td data-label="Total">${money(o.totalAmount, o.currency)}</td>
        <td>${CANCELLABLE.has(o.status) && html`<button type="button" onClick=${() => cancel(o)} disabled=${action.busy}
          aria-label=${`Cancel order ${o.orderNumber}`}>Cancel</button>`}</td>
      </tr>`)}</tbody>
    </table>`}
    ${pages > 1 && html`<nav class="pager" aria-label="Pages">
      ${page > 0 ? html`<a href=${`#/orders?page=${page - 1}`}>Previous</a>` : html`<span />`}
      <span>Page ${page + 1} of ${pages}</span>
      ${page + 1 < pages ? html`<a href=${`#/orders?page=${page + 1}`}>Next</a>` : html`<span />`}
    </nav>`}
  </section>`;
}

// The back office, for role ADMIN: catalog, stock, orders, sagas, dead letters, payments and the
// invariant reports. The API refuses every call here for other roles as well.
import { useState } from 'preact/hooks';
import { get, post, request } from '../api.js';
import { html, money, when, Field, ErrorMessage, StatusMessage, useLoad, useAction, STATUS_LABEL } from '../ui.js';
import { useCategories, flatten } from './catalog.js';

const STATUSES = ['DRAFT', 'ACTIVE', 'SOLD_OUT', 'DISCONTINUED'];
const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'];
export const SECTIONS = [
  ['products', 'Products'], ['categories', 'Categories'], ['stock', 'Stock'], ['orders', 'Orders'],
  ['sagas', 'Stuck sagas'], ['dead-letters', 'Dead letters'], ['payments', 'Payments'], ['reports', 'Reports'],
];

export function Admin({ section = 'products', params }) {
  const View = { products: Products, categories: Categories, stock: Stock, orders: Orders, sagas: Sagas,
    'dead-letters': DeadLetters, payments: Payments, reports: Reports }[section] || Products;
  return html`<div class="admin">
    <nav aria-label="Back office" class="admin-nav"><ul>
      ${SECTIONS.map(([key, label]) => html`<li><a href=${`#/admin/${key}`} aria-current=${key === section ? 'page' : undefined}>${label}</a></li>`)}
    </ul></nav>
    <section class="admin-body" aria-labelledby="admin-title"><${View} params=${params} /></section>
  </div>`;
}

const number = (v) => (v === '' || v == null ? undefined : Number(v));

function ProductForm({ product, categories, onSaved }) {
  const action = useAction();
  const blank = { name: '', description: '', categoryId: '', originalPrice: '', salePrice: '', status: 'DRAFT' };
  const [form, setForm] = useState(product ? { ...blank, ...product } : blank);
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });
  async function save(event) {
    event.preventDefault();
    const body = { name: form.name, description: form.description || undefined, categoryId: form.categoryId,
      originalPrice: number(form.originalPrice), salePrice: number(form.salePrice), status: form.status };
    const saved = await action.run(async () => (product
      ? await request('PATCH', `/api/v1/products/${product.id}`, { body }).then((r) => r.data)
      : (await post('/api/v1/products', [body]))[0]), (p) => `Saved ${p.name}.`);
    if (saved) onSaved(saved);
  }
  const f = action.fields;
  return html`<form onSubmit=${save} class="admin-form" noValidate aria-label=${product ? `Edit ${product.name}` : 'New product'}>
    <${Field} label="Name" name="name" required value=${form.name} onInput=${set('name')} error=${f.name} />
    <${Field} label="Description" name="description" as="textarea" value=${form.description || ''} onInput=${set('description')} error=${f.description} />
    <${Field} label="Category" name="categoryId" as="select" value=${form.categoryId || ''} onChange=${set('categoryId')} error=${f.categoryId}>
      <option value="">Choose…</option>
      ${flatten(categories).map((c) => html`<option value=${c.id}>${'\u2003'.repeat(c.depth)}${c.name}</option>`)}
    </${Field}>
    <${Field} label="Original price" name="originalPrice" type="number" min="0" step="any" value=${form.originalPrice} onInput=${set('originalPrice')} error=${f.originalPrice} />
    <${Field} label="Sale price" name="salePrice" type="number" min="0" step="any" value=${form.salePrice} onInput=${set('salePrice')} error=${f.salePrice} />
    <${Field} label="Status" name="status" as="select" value=${form.status} onChange=${set('status')} error=${f.status}>
      ${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
    </${Field}>
    <${ErrorMessage} error=${action.error} />
    <${StatusMessage} text=${action.status} />
    <button type="submit" class="primary" disabled=${action.busy}>${product ? 'Save changes' : 'Create product'}</button>
  </form>`;
}

function Products() {
  const categories = useCategories();
  const [query, setQuery] = useState({ keyword: '', status: '' });
  const list = useLoad(() => {
    const q = new URLSearchParams({ size: '20' });
    if (query.keyword) q.set('keyword', query.keyword);
    if (query.status) q.set('status', query.status);
    return get(`/api/v1/products?${q}`);
  }, [query.keyword, query.status]);
  const [editing, setEditing] = useState(null);
  const action = useAction();

  async function changeStatus(product, status) {
    const saved = await action.run(() => post(`/api/v1/products/${product.id}/status`, { status }), `${product.name} is now ${status}.`);
    if (saved) list.reload();
  }
  function filter(event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setQuery({ keyword: String(form.get('keyword') || ''), status: String(form.get('status') || '') });
  }
  return html`<h1 id="admin-title">Products</h1>
    <details open=${editing === 'new'}><summary>New product</summary>
      <${ProductForm} key="new" categories=${categories.data} onSaved=${() => { setEditing(null); list.reload(); }} />
    </details>
    <form class="filters" role="search" onSubmit=${filter}>
      <${Field} label="Keyword" name="keyword" type="search" value=${query.keyword} />
      <${Field} label="Status" name="status" as="select" value=${query.status}>
        <option value="">Any</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
      </${Field}>
      <button type="submit">Filter</button>
    </form>
    <${ErrorMessage} error=${list.error || action.error} />
    <${StatusMessage} text=${action.status} />
    <table class="admin-table"><caption class="visually-hidden">Products</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Price</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
      <tbody>${list.data?.map((p) => html`<tr key=${p.id}>
        <th scope="row">${p.name}<br /><small>${p.id} · ${p.categoryName}</small></th>
        <td data-label="Price">${money(p.salePrice)}${Number(p.discountRate) > 0 && html` <del>${money(p.originalPrice)}</del>`}</td>
        <td data-label="Status"><select aria-label=${`Status of ${p.name}`} value=${p.status} onChange=${(e) => changeStatus(p, e.currentTarget.value)}>
          ${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}</select></td>
        <td><button type="button" onClick=${() => setEditing(editing === p.id ? null : p.id)} aria-expanded=${editing === p.id}>Edit</button>
          <a href=${`#/admin/stock?product=${p.id}`}>Stock</a></td>
      </tr>${editing === p.id && html`<tr><td colspan="4">
        <${ProductForm} key=${p.id} product=${p} categories=${categories.data} onSaved=${() => { setEditing(null); list.reload(); }} /></td></tr>`}`)}</tbody>
    </table>`;
}

function CategoryForm({ category, categories, onSaved }) {
  const action = useAction();
  const [form, setForm] = useState(category ? { name: category.name, slug: category.slug, parentId: category.parentId || '', displayOrder: category.displayOrder ?? 0 }
    : { name: '', slug: '', parentId: '', displayOrder: 0 });
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });
  async function save(event) {
    event.preventDefault();
    const body = { ...form, parentId: form.parentId || null, displayOrder: number(form.displayOrder) ?? 0 };
    const saved = await action.run(() => (category ? request('PUT', `/api/v1/categories/${category.id}`, { body }).then((r) => r.data)
      : post('/api/v1/categories', body)), (c) => `Saved ${c.name}.`);
    if (saved) onSaved(saved);
  }
  const f = action.fields;
  return html`<form onSubmit=${save} class="admin-form" noValidate aria-label=${category ? `Edit ${category.name}` : 'New category'}>
    <${Field} label="Name" name="name" value=${form.name} onInput=${set('name')} error=${f.name} />
    <${Field} label="Slug" name="slug" value=${form.slug} onInput=${set('slug')} error=${f.slug} hint="lower-case words joined by -" />
    <${Field} label="Parent" name="parentId" as="select" value=${form.parentId} onChange=${set('parentId')} error=${f.parentId}>
      <option value="">None (top level)</option>
      ${flatten(categories).filter((c) => c.id !== category?.id).map((c) => html`<option value=${c.id}>${'\u2003'.repeat(c.depth)}${c.name}</option>`)}
    </${Field}>
    <${Field} label="Display order" name="displayOrder" type="number" value=${form.displayOrder} onInput=${set('displayOrder')} error=${f.displayOrder} />
    <${ErrorMessage} error=${action.error} />
    <${StatusMessage} text=${action.status} />
    <button type="submit" class="primary" disabled=${action.busy}>${category ? 'Save category' : 'Create category'}</button>
  </form>`;
}

function Categories() {
  const categories = useCategories();
  const [editing, setEditing] = useState(null);
  const action = useAction();
  async function remove(c) {
    if (await action.run(() => request('DELETE', `/api/v1/categories/${c.id}`), `Deleted ${c.name}.`) !== undefined) categories.reload();
  }
  const done = () => { setEditing(null); categories.reload(); };
  return html`<h1 id="admin-title">Categories</h1>
    <details><summary>New category</summary><${CategoryForm} categories=${categories.data} onSaved=${done} /></details>
    <${ErrorMessage} error=${categories.error || action.error} />
    <${StatusMessage} text=${action.status} />
    <ul class="admin-tree">${flatten(categories.data).map((c) => html`<li key=${c.id} style=${`margin-left:${c.depth * 1.5}rem`}>
      <span>${c.name} <small>(${c.slug})</small></span>
      <button type="button" onClick=${() => setEditing(editing === c.id ? null : c.id)} aria-expanded=${editing === c.id}>Edit</button>
      <button type="button" onClick=${() => remove(c)}>Delete</button>
      ${editing === c.id && html`<${CategoryForm} category=${c} categories=${categories.data} onSaved=${done} />`}
    </li>`)}</ul>`;
}

function Stock({ params }) {
  const [productId, setProductId] = useState(params.get('product') || '');
  const stock = useLoad(() => (productId ? Promise.all([
    get(`/api/v1/inventory/products/${encodeURIComponent(productId)}`),
    get(`/api/v1/inventory/products/${encodeURIComponent(productId)}/history?limit=20`),
    get(`/api/v1/products/${encodeURIComponent(productId)}`).catch(() => null),
  ]) : null), [productId]);
  const action = useAction();
  const [form, setForm] = useState({ quantity: '', changeType: 'INCREASE', reason: '' });
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });

  async function adjust(event) {
    event.preventDefault();
    const body = { quantity: number(form.quantity), changeType: form.changeType, reason: form.reason || undefined };
    const done = await action.run(() => post(`/api/v1/inventory/products/${encodeURIComponent(productId)}/adjust`, body),
      (r) => `Stock adjusted: ${r?.availableQuantity ?? ''} available.`);
    if (done) { setForm({ ...form, quantity: '', reason: '' }); stock.reload(); }
  }
  const [inventory, history, product] = stock.data || [];
  const f = action.fields;
  return html`<h1 id="admin-title">Stock</h1>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setProductId(String(new FormData(e.currentTarget).get('product')).trim()); }}>
      <${Field} label="Product id" name="product" value=${productId} />
      <button type="submit">Show stock</button>
    </form>
    <${ErrorMessage} error=${stock.error} />
    ${inventory && html`
      <h2>${product?.name || productId}</h2>
      <dl class="stock" data-testid="admin-stock">
        <dt>Available</dt><dd data-testid="available">${inventory.availableQuantity}</dd>
        <dt>Reserved</dt><dd>${inventory.reservedQuantity}</dd><dt>Sold</dt><dd>${inventory.soldQuantity}</dd>
        <dt>Total</dt><dd>${inventory.totalQuantity}</dd>
      </dl>
      <form onSubmit=${adjust} class="admin-form" noValidate aria-label="Adjust stock">
        <${Field} label="Quantity" name="quantity" type="number" min="1" value=${form.quantity} onInput=${set('quantity')} error=${f.quantity} />
        <${Field} label="Change" name="changeType" as="select" value=${form.changeType} onChange=${set('changeType')} error=${f.changeType}>
          <option value="INCREASE">Increase (restock)</option><option value="DECREASE">Decrease</option>
        </${Field}>
        <${Field} label="Reason" name="reason" value=${form.reason} onInput=${set('reason')} error=${f.reason} />
        <${ErrorMessage} error=${action.error} />
        <${StatusMessage} text=${action.status} />
        <button type="submit" class="primary" disabled=${action.busy}>Adjust stock</button>
      </form>
      <h2>History</h2>
      <table class="admin-table" data-testid="stock-history"><caption class="visually-hidden">Stock history, newest first</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Change</th><th scope="col">Qty</th><th scope="col">Available</th><th scope="col">Reason</th><th scope="col">By</th></tr></thead>
        <tbody>${history.map((h) => html`<tr key=${h.id}><td data-label="When">${when(h.createdAt)}</td><td data-label="Change">${h.changeType}</td>
          <td data-label="Qty">${h.quantity}</td><td data-label="Available">${h.availableBefore} → ${h.availableAfter}</td>
          <td data-label="Reason">${h.reason || (h.orderId ? `order ${h.orderId}` : '')}</td><td data-label="By">${h.actor || ''}</td></tr>`)}</tbody>
      </table>`}`;
}

function Orders({ params }) {
  const [status, setStatus] = useState('CONFIRMED');
  const [orderId, setOrderId] = useState(params.get('id') || '');
  const list = useLoad(() => (orderId ? get(`/api/v1/orders/${encodeURIComponent(orderId)}`).then((o) => [o])
    : get(`/api/v1/orders?size=30${status ? `&status=${status}` : ''}`)), [status, orderId]);
  const action = useAction();
  async function step(order, verb) {
    const updated = await action.run(() => post(`/api/v1/orders/${order.id}/${verb}`), (o) => `Order ${o.orderNumber} is now ${STATUS_LABEL[o.status] || o.status}.`);
    if (updated) list.setData(list.data.map((o) => (o.id === updated.id ? updated : o)));
  }
  return html`<h1 id="admin-title">Orders</h1>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setOrderId(String(new FormData(e.currentTarget).get('id')).trim()); }}>
      <${Field} label="Status" name="status" as="select" value=${status} onChange=${(e) => { setOrderId(''); setStatus(e.currentTarget.value); }}>
        <option value="">All</option>${ORDER_STATUSES.map((s) => html`<option value=${s}>${STATUS_LABEL[s]}</option>`)}
      </${Field}>
      <${Field} label="Order id" name="id" value=${orderId} />
      <button type="submit">Find order</button>
    </form>
    <${ErrorMessage} error=${list.error || action.error} />
    <${StatusMessage} text=${action.status} />
    <table class="admin-table"><caption class="visually-hidden">Orders</caption>
      <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Status</th><th scope="col">Total</th><th scope="col">Actions</th></tr></thead>
      <tbody>${list.data?.map((o) => html`<tr key=${o.id} data-order=${o.id}>
        <th scope="row">${o.orderNumber}<br /><small>${o.id} · ${o.shippingName}</small></th>
        <td data-label="Placed">${when(o.orderedAt)}</td>
        <td data-label="Status" data-testid="admin-order-status">${STATUS_LABEL[o.status] || o.status}</td>
        <td data-label="Total">${money(o.totalAmount, o.currency)}</td>
        <td>${o.status === 'CONFIRMED' && html`<button type="button" onClick=${() => step(o, 'ship')} aria-label=${`Ship ${o.orderNumber}`}>Ship</button>`}
          ${o.status === 'SHIPPED' && html`<button type="button" onClick=${() => step(o, 'deliver')} aria-label=${`Mark ${o.orderNumber} delivered`}>Deliver</button>`}
          <a href=${`#/admin/payments?order=${o.id}`}>Payment</a></td>
      </tr>`)}</tbody>
    </table>`;
}

function Sagas() {
  const [age, setAge] = useState(60);
  const list = useLoad(() => get(`/api/v1/orders/sagas/stuck?olderThanSeconds=${age}&limit=50`), [age]);
  const action = useAction();
  async function act(saga, verb) {
    if (await action.run(() => post(`/api/v1/orders/${saga.orderId}/saga/${verb}`), `${saga.orderNumber}: ${verb} requested.`) !== undefined) list.reload();
  }
  return html`<h1 id="admin-title">Stuck sagas</h1>
    <${Field} label="Older than (seconds)" name="age" type="number" min="0" value=${age} onChange=${(e) => setAge(Number(e.currentTarget.value) || 0)} />
    <${ErrorMessage} error=${list.error || action.error} />
    <${StatusMessage} text=${action.status || (list.data && `${list.data.length} stuck`)} />
    <table class="admin-table"><caption class="visually-hidden">Sagas past their age</caption>
      <thead><tr><th scope="col">Order</th><th scope="col">Step</th><th scope="col">Payment</th><th scope="col">Age</th><th scope="col">Last message</th><th scope="col">Actions</th></tr></thead>
      <tbody>${list.data?.map((s) => html`<tr key=${s.orderId}>
        <th scope="row">${s.orderNumber}<br /><small>${s.status}${s.overdue ? ' · overdue' : ''}</small></th>
        <td data-label="Step">${s.sagaStep}</td><td data-label="Payment">${s.paymentState}</td><td data-label="Age">${s.ageSeconds} s</td>
        <td data-label="Last message">${s.lastMessage || ''} ${when(s.lastMessageAt)}</td>
        <td><button type="button" onClick=${() => act(s, 'retry')}>Retry step</button>
          <button type="button" onClick=${() => act(s, 'compensate')}>Compensate</button></td>
      </tr>`)}</tbody>
    </table>`;
}

const DLT_SERVICES = [['orders', 'Orders'], ['inventory', 'Inventory'], ['payments', 'Payments'], ['carts', 'Carts']];

function DeadLetterService({ service, label }) {
  const list = useLoad(() => get(`/api/v1/${service}/dead-letters`), [service]);
  const action = useAction();
  async function redrive(topic) {
    if (await action.run(() => post(`/api/v1/${service}/dead-letters/redrive?topic=${encodeURIComponent(topic)}`),
      (r) => `${r.redriven} message(s) of ${r.topic} re-driven.`)) list.reload();
  }
  const topics = list.data || [];
  return html`<section aria-label=${`${label} dead letters`}><h2>${label}</h2>
    <${ErrorMessage} error=${list.error || action.error} />
    <${StatusMessage} text=${action.status} />
    ${list.data && topics.length === 0 && html`<p>Nothing parked.</p>`}
    ${topics.map((t) => html`<div key=${t.topic} class="dlt">
      <p><strong>${t.topic}</strong> (${t.group}): ${t.parked} parked
        <button type="button" disabled=${action.busy || !t.parked} onClick=${() => redrive(t.topic)}>Re-drive ${t.topic}</button></p>
      ${t.messages?.length > 0 && html`<ul>${t.messages.map((m) => html`<li key=${`${m.partition}-${m.offset}`}>
        <small>${m.messageType} key ${m.key} · ${m.exception}: ${m.exceptionMessage} · ${when(m.parkedAt)}</small></li>`)}</ul>`}
    </div>`)}
  </section>`;
}

function DeadLetters() {
  return html`<h1 id="admin-title">Dead letters</h1>
    ${DLT_SERVICES.map(([service, label]) => html`<${DeadLetterService} key=${service} service=${service} label=${label} />`)}`;
}

function Payments({ params }) {
  const [orderId, setOrderId] = useState(params.get('order') || '');
  const payment = useLoad(() => (orderId ? get(`/api/v1/payments/orders/${encodeURIComponent(orderId)}`) : null), [orderId]);
  const reconciliation = useLoad(() => get('/api/v1/payments/reconciliation'), []);
  const action = useAction();
  const [reason, setReason] = useState('');
  async function refund(event) {
    event.preventDefault();
    const done = await action.run(() => post(`/api/v1/payments/${payment.data.id}/refund`, { reason: reason || undefined }),
      (p) => `Refund requested; payment is ${p?.status ?? 'updated'}.`);
    if (done) payment.reload();
  }
  const p = payment.data;
  const r = reconciliation.data;
  return html`<h1 id="admin-title">Payments</h1>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setOrderId(String(new FormData(e.currentTarget).get('order')).trim()); }}>
      <${Field} label="Order id" name="order" value=${orderId} hint="Payments are looked up by their order (Orders → Payment)" />
      <button type="submit">Find payment</button>
    </form>
    <${ErrorMessage} error=${payment.error} />
    ${p && html`<h2>Payment ${p.id}</h2>
      <p>${p.status} · ${money(p.amount, p.currency)} · ${p.provider} ${p.providerReference || ''}
        ${p.failureCode && html`<br />Failure: ${p.failureCode} — ${p.failureMessage}`}</p>
      <table class="admin-table"><caption>Transactions</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">Outcome</th><th scope="col">Amount</th><th scope="col">Provider</th></tr></thead>
        <tbody>${p.transactions?.map((t) => html`<tr key=${t.id}><td data-label="When">${when(t.createdAt)}</td><td data-label="Type">${t.type}</td>
          <td data-label="Outcome">${t.outcome}</td><td data-label="Amount">${money(t.amount, t.currency)}</td><td data-label="Provider">${t.providerCode || ''} ${t.providerMessage || ''}</td></tr>`)}</tbody>
      </table>
      <form onSubmit=${refund} class="admin-form" aria-label="Refund">
        <${Field} label="Refund reason" name="reason" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} error=${action.fields.reason} />
        <${ErrorMessage} error=${action.error} />
        <${StatusMessage} text=${action.status} />
        <button type="submit" disabled=${action.busy}>Refund this payment</button>
      </form>`}
    <h2>Reconciliation</h2>
    <${ErrorMessage} error=${reconciliation.error} />
    ${r && html`<p>Checked ${when(r.checkedAt)}: ${r.capturedWithoutConfirmedOrder.length} captured without a confirmed order,
      ${r.confirmedWithoutCapture.length} confirmed without a capture.</p>
      <ul>${[...r.capturedWithoutConfirmedOrder, ...r.confirmedWithoutCapture].map((d) => html`<li key=${d.orderId}>
        <a href=${`#/admin/payments?order=${d.orderId}`}>${d.orderId}</a>: payment ${d.paymentStatus}, order ${d.orderStatus}, ${money(d.amount, d.currency)}</li>`)}</ul>`}`;
}

function Report({ title, path }) {
  const report = useLoad(() => get(path), [path]);
  const r = report.data;
  return html`<section aria-label=${title}><h2>${title}</h2>
    <${ErrorMessage} error=${report.error} />
    ${r && html`<p data-testid="violations">${r.violations.length === 0 ? 'No violations' : `${r.violations.length} violation(s)`} · checked ${when(r.checkedAt)}</p>
      ${r.counts && html`<p>${Object.entries(r.counts).map(([k, v]) => `${k}: ${v}`).join(' · ')} · unsettled ${r.unsettled} · overdue ${r.overdue}</p>`}
      ${r.totals && html`<p>${r.totals.map((t) => `captured ${money(t.capturedTotal, t.currency)}, refunded ${money(t.refundedTotal, t.currency)}`).join('; ')} · in flight ${r.inFlight}</p>`}
      ${r.products != null && html`<p>${r.products} products checked</p>`}
      <ul>${r.violations.map((v, i) => html`<li key=${i}><strong>${v.rule}</strong> ${v.orderNumber || v.orderId || v.productId || ''}: ${v.detail}</li>`)}</ul>`}
  </section>`;
}

function Reports() {
  return html`<h1 id="admin-title">Invariant reports</h1>
    <${Report} title="Orders" path="/api/v1/orders/invariants" />
    <${Report} title="Inventory" path="/api/v1/inventory/invariants" />
    <${Report} title="Payments" path="/api/v1/payments/invariants" />`;
}

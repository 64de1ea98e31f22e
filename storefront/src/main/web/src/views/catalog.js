// The storefront: category tree, keyword search with filters and sorting, product pages.
import { useState } from 'preact/hooks';
import { get, post, request, currentUser } from '../api.js';
import { html, money, Field, ErrorMessage, StatusMessage, useLoad, useAction, navigate } from '../ui.js';
import { cartChanged } from './cart.js';

const PAGE_SIZE = 12;
export const SORTS = [
  ['', 'Best match / newest'], ['price,asc', 'Price: low to high'], ['price,desc', 'Price: high to low'],
  ['name,asc', 'Name: A to Z'], ['newest', 'Newest'],
];

export function useCategories() {
  return useLoad(() => get('/api/v1/categories'), []);
}

export function flatten(nodes, depth = 0, out = []) {
  for (const node of nodes ?? []) {
    out.push({ ...node, depth });
    flatten(node.children, depth + 1, out);
  }
  return out;
}

function CategoryTree({ nodes, current }) {
  if (!nodes?.length) return null;
  return html`<ul>${nodes.map((node) => html`<li key=${node.id}>
    <a href=${`#/?category=${node.id}`} aria-current=${node.id === current ? 'page' : undefined}>${node.name}</a>
    <${CategoryTree} nodes=${node.children} current=${current} />
  </li>`)}</ul>`;
}

function listingQuery(params) {
  const q = new URLSearchParams({ page: String(Number(params.get('page') || 0)), size: String(PAGE_SIZE) });
  const map = { q: 'keyword', category: 'categoryId', min: 'minPrice', max: 'maxPrice', sort: 'sort' };
  for (const [from, to] of Object.entries(map)) if (params.get(from)) q.set(to, params.get(from));
  if (params.get('category')) q.set('includeSubcategories', 'true');
  return q;
}

const FILTERS = ['q', 'category', 'min', 'max', 'sort'];

/** The search form; its fields start from the address and keep what is typed until submitted. */
function Filters({ params, categories, onSearch }) {
  const [values, setValues] = useState(() => Object.fromEntries(FILTERS.map((n) => [n, params.get(n) || ''])));
  const bind = (name) => ({ name, value: values[name], onInput: (e) => setValues({ ...values, [name]: e.currentTarget.value }) });
  return html`<form class="filters" role="search" onSubmit=${(e) => { e.preventDefault(); onSearch(values); }}>
    <${Field} label="Search" type="search" placeholder="Try “headphnes”" ...${bind('q')} />
    <${Field} label="Category" as="select" ...${bind('category')} onChange=${(e) => setValues({ ...values, category: e.currentTarget.value })}>
      <option value="">All categories</option>
      ${flatten(categories).map((c) => html`<option value=${c.id}>${'\u2003'.repeat(c.depth)}${c.name}</option>`)}
    </${Field}>
    <${Field} label="Min price" type="number" min="0" inputmode="numeric" ...${bind('min')} />
    <${Field} label="Max price" type="number" min="0" inputmode="numeric" ...${bind('max')} />
    <${Field} label="Sort by" as="select" ...${bind('sort')} onChange=${(e) => setValues({ ...values, sort: e.currentTarget.value })}>
      ${SORTS.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
    </${Field}>
    <button type="submit" class="primary">Search</button>
  </form>`;
}

export function Catalog({ params }) {
  const categories = useCategories();
  const key = params.toString();
  const listing = useLoad(async () => {
    const answer = await request('GET', `/api/v1/products?${listingQuery(params)}`);
    return { items: answer.data, total: Number(answer.headers.get('X-Total-Count') ?? answer.data.length) };
  }, [key]);
  const page = Number(params.get('page') || 0);
  const pages = listing.data ? Math.max(1, Math.ceil(listing.data.total / PAGE_SIZE)) : 1;
  const category = flatten(categories.data).find((c) => c.id === params.get('category'));

  function search(values) {
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (String(value).trim()) next.set(name, String(value).trim());
    navigate(`#/?${next}`);
  }

  const withPage = (n) => { const next = new URLSearchParams(params); next.set('page', String(n)); return `#/?${next}`; };

  return html`<div class="catalog">
    <nav class="categories" aria-label="Categories">
      <h2>Categories</h2>
      <a href="#/" aria-current=${params.get('category') ? undefined : 'page'}>All products</a>
      <${ErrorMessage} error=${categories.error} />
      <${CategoryTree} nodes=${categories.data} current=${params.get('category')} />
    </nav>
    <section class="listing" aria-labelledby="listing-title">
      <${Filters} key=${key} params=${params} categories=${categories.data} onSearch=${search} />
      <h1 id="listing-title">${params.get('q') ? `Results for “${params.get('q')}”` : category ? category.name : 'All products'}</h1>
      <${ErrorMessage} error=${listing.error} />
      <${StatusMessage} text=${listing.loading ? 'Loading products…' : listing.data ? `${listing.data.total} products` : ''} />
      ${listing.data && listing.data.items.length === 0 && html`<p>No products match. Try another word or fewer filters.</p>`}
      <ul class="grid" aria-label="Products">
        ${listing.data?.items.map((p) => html`<li key=${p.id} class="card">
          <a href=${`#/products/${p.id}`} class="product-link">
            <span class="name">${p.name}</span>
          </a>
          <span class="category">${p.categoryName}</span>
          <${Price} product=${p} />
        </li>`)}
      </ul>
      ${pages > 1 && html`<nav class="pager" aria-label="Pages">
        ${page > 0 ? html`<a href=${withPage(page - 1)} rel="prev">Previous</a>` : html`<span />`}
        <span>Page ${page + 1} of ${pages}</span>
        ${page + 1 < pages ? html`<a href=${withPage(page + 1)} rel="next">Next</a>` : html`<span />`}
      </nav>`}
    </section>
  </div>`;
}

export function Price({ product }) {
  const discounted = Number(product.discountRate) > 0 && Number(product.salePrice) < Number(product.originalPrice);
  return html`<p class="price">
    <strong data-testid="price">${money(product.salePrice)}</strong>
    ${discounted && html` <del aria-label=${`was ${money(product.originalPrice)}`}>${money(product.originalPrice)}</del>
      <span class="badge">−${product.discountRate}%</span>`}
  </p>`;
}

export function ProductPage({ id }) {
  const product = useLoad(() => get(`/api/v1/products/${encodeURIComponent(id)}`), [id]);
  const stock = useLoad(() => get(`/api/v1/inventory/products/${encodeURIComponent(id)}`), [id]);
  const [quantity, setQuantity] = useState(1);
  const action = useAction();
  const p = product.data;

  async function add(event) {
    event.preventDefault();
    if (!currentUser()) {
      navigate(`#/login?next=${encodeURIComponent(`#/products/${id}`)}`);
      return;
    }
    await action.run(async () => {
      const cart = await post('/api/v1/carts/items', { productId: id, quantity: Number(quantity) });
      cartChanged(cart);
      return cart;
    }, `Added ${quantity} × ${p.name} to your cart.`);
  }

  if (product.error) return html`<section><h1>Product</h1><${ErrorMessage} error=${product.error} /></section>`;
  if (!p) return html`<section><${StatusMessage} text="Loading product…" /></section>`;
  const s = stock.data;
  return html`<article class="product" aria-labelledby="product-title">
    <p><a href="#/">← Back to the shop</a></p>
    <h1 id="product-title">${p.name}</h1>
    <p class="category">${p.categoryName}</p>
    ${p.images?.[0]?.imageUrl && html`<img src=${p.images[0].imageUrl} alt="" width="320" />`}
    <${Price} product=${p} />
    <p data-testid="stock" class=${s?.inStock ? 'in-stock' : 'out-of-stock'}>
      ${stock.error ? 'Stock unknown' : !s ? 'Checking stock…' : s.inStock ? `In stock: ${s.availableQuantity} available` : 'Out of stock'}
    </p>
    ${p.description && html`<p class="description">${p.description}</p>`}
    ${p.status !== 'ACTIVE' && html`<p class="badge">Status: ${p.status}</p>`}
    <form onSubmit=${add} class="add-to-cart">
      <${Field} label="Quantity" name="quantity" type="number" min="1" max=${s?.availableQuantity || undefined}
        value=${quantity} onInput=${(e) => setQuantity(e.currentTarget.value)} error=${action.fields.quantity} />
      <button type="submit" class="primary" disabled=${action.busy || (s && !s.inStock)}>Add to cart</button>
    </form>
    <${ErrorMessage} error=${action.error} />
    <${StatusMessage} text=${action.status} />
    ${action.status && html`<p><a href="#/cart">Go to cart</a></p>`}
  </article>`;
}

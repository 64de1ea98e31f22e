// The app shell: hash routing, header navigation, the signed-in user and the cart count.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentUser, isAdmin, logOut, onSessionChange, resume, get } from './api.js';
import { html } from './ui.js';
import { Catalog, ProductPage } from './views/catalog.js';
import { Cart, Checkout, onCartChange } from './views/cart.js';
import { OrderHistory, OrderPage } from './views/orders.js';
import { Login, SignUp, Forbidden, finishGoogleLogin } from './views/account.js';
import { Admin } from './views/admin.js';

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query), key: raw };
}

function useRoute() {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const changed = () => setRoute(parseHash());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

function SignInFirst({ next }) {
  return html`<section class="narrow"><h1>Please sign in</h1>
    <p>You need an account for this page.</p>
    <p><a class="button primary" href=${`#/login?next=${encodeURIComponent(next)}`}>Sign in</a> or <a href=${`#/signup?next=${encodeURIComponent(next)}`}>create an account</a></p>
  </section>`;
}

function page({ parts, params, key }, user) {
  const [first, second] = parts;
  const needsUser = (view) => (user ? view : html`<${SignInFirst} next=${`#${key}`} />`);
  switch (first) {
    case undefined: return html`<${Catalog} params=${params} />`;
    case 'products': return html`<${ProductPage} id=${second} />`;
    case 'cart': return needsUser(html`<${Cart} />`);
    case 'checkout': return needsUser(html`<${Checkout} />`);
    case 'orders': return needsUser(second ? html`<${OrderPage} id=${second} />` : html`<${OrderHistory} params=${params} />`);
    case 'login': return html`<${Login} params=${params} />`;
    case 'signup': return html`<${SignUp} params=${params} />`;
    case 'admin': return user ? (isAdmin(user) ? html`<${Admin} section=${second} params=${params} />` : html`<${Forbidden} />`)
      : html`<${SignInFirst} next=${`#${key}`} />`;
    default: return html`<section><h1>Page not found</h1><p><a href="#/">Back to the shop</a></p></section>`;
  }
}

function CartLink({ user }) {
  const [count, setCount] = useState(null);
  useEffect(() => {
    if (!user) { setCount(null); return undefined; }
    const load = () => get('/api/v1/carts').then((c) => setCount(c.totalItemCount), () => {});
    load();
    return onCartChange((cart) => (cart ? setCount(cart.totalItemCount) : load()));
  }, [user?.id]);
  return html`<a href="#/cart" data-testid="cart-link">Cart${count ? html` <span class="count" aria-label=${`${count} items`}>${count}</span>` : ''}</a>`;
}

function App({ ready }) {
  const [user, setUser] = useState(currentUser);
  const route = useRoute();
  const main = useRef(null);
  useEffect(() => onSessionChange(setUser), []);
  // A new page moves focus to its content, as a full page load would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (!route.key.startsWith('/?') || route.params.get('page')) main.current?.focus();
  }, [route.parts.join('/')]);

  async function signOut() {
    await logOut().catch(() => {});
    location.hash = '#/';
  }
  return html`<a class="skip" href="#main" onClick=${(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
    <header class="top">
      <a class="brand" href="#/">Shop</a>
      <nav aria-label="Main"><ul>
        <li><a href="#/">Products</a></li>
        <li><${CartLink} user=${user} /></li>
        ${user && html`<li><a href="#/orders">My orders</a></li>`}
        ${isAdmin(user) && html`<li><a href="#/admin/products">Back office</a></li>`}
        ${user ? html`<li><span class="who" data-testid="who">${user.name || user.email}</span></li>
          <li><button type="button" class="link" onClick=${signOut}>Sign out</button></li>`
          : html`<li><a href="#/login">Sign in</a></li><li><a href="#/signup">Sign up</a></li>`}
      </ul></nav>
    </header>
    <main id="main" ref=${main} tabindex="-1" data-ready=${ready ? 'true' : 'false'}>${page(route, user)}</main>
    <footer><p>Prices include VAT. Test cards only: no real money moves.</p></footer>`;
}

async function start() {
  const root = document.getElementById('app');
  const target = await finishGoogleLogin();
  await resume();
  if (target) location.hash = target;
  render(html`<${App} ready=${true} />`, root);
}

start();

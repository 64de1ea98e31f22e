// Follows the customer's orders live: GET /api/v1/orders/my/events read with fetch() (it needs
// the Authorization header), reconnecting with backoff whenever the stream drops or cannot be
// opened. Every (re)connect attempt also calls onReconnect, which re-fetches what the page shows,
// so the status stays right across gaps and where the stream is not available at all.

import { openStream } from './api.js';
import { createSseParser } from './sse.js';

const EVENTS_PATH = '/api/v1/orders/my/events';

/** Delay before reconnect attempt n (0-based): 1 s doubling up to a cap, with some jitter. */
export function backoff(attempt, { base = 1000, cap = 15000, random = Math.random } = {}) {
  const delay = Math.min(cap, base * 2 ** attempt);
  return Math.round(delay * (0.75 + random() * 0.5));
}

/**
 * Starts following; returns stop(). Callbacks: onOrder(order) for every `order` event,
 * onReconnect() before each attempt after the first, onState('live' | 'reconnecting' | 'polling').
 * capWhenUnavailable bounds the wait while the endpoint answers 404 (fallback re-fetching).
 */
export function followOrders({ onOrder, onReconnect, onState = () => {}, idleMs = 45000, capWhenUnavailable = 3000 }) {
  let stopped = false;
  let controller = null;
  let attempt = 0;
  let timer = null;

  async function connect() {
    if (stopped) return;
    controller = new AbortController();
    let unavailable = false;
    try {
      const response = await openStream(EVENTS_PATH, controller.signal);
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok || !type.includes('text/event-stream')) {
        unavailable = response.status === 404;
        response.body?.cancel?.().catch(() => {});
      } else {
        attempt = 0;
        onState('live');
        await read(response.body);
      }
    } catch {
      // Dropped or refused: try again below.
    }
    if (stopped) return;
    onState(unavailable ? 'polling' : 'reconnecting');
    const wait = backoff(attempt++, unavailable ? { cap: capWhenUnavailable } : {});
    timer = setTimeout(async () => {
      try {
        await onReconnect?.();
      } catch {
        // The re-fetch failing is one more reason to keep trying.
      }
      connect();
    }, wait);
  }

  async function read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = createSseParser();
    let idle = setTimeout(() => controller.abort(), idleMs);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        clearTimeout(idle);
        idle = setTimeout(() => controller.abort(), idleMs);
        for (const event of parser.feed(value)) {
          if (event.event !== 'order') continue;
          try {
            onOrder(JSON.parse(event.data));
          } catch {
            // A malformed event is skipped; the next one or a re-fetch corrects the page.
          }
        }
      }
    } finally {
      clearTimeout(idle);
    }
  }

  connect();
  return function stop() {
    stopped = true;
    clearTimeout(timer);
    controller?.abort();
  };
}

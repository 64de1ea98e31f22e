// A parser for the text/event-stream format (the WHATWG HTML "server-sent events" rules), fed
// with decoded text in whatever chunks the network delivers. EventSource cannot send an
// Authorization header, so the app reads the stream with fetch() and parses it here.

/**
 * Returns a parser whose feed(text) gives back the events completed by that text, each
 * { event, data, id, retry }. Comment lines (":keepalive") complete nothing.
 */
export function createSseParser() {
  let buffer = '';
  let pendingCr = false;
  let data = [];
  let eventName = '';
  let lastId = '';
  let retry;

  function line(text, events) {
    if (text === '') {
      if (data.length > 0) {
        events.push({ event: eventName || 'message', data: data.join('\n'), id: lastId, retry });
      }
      data = [];
      eventName = '';
      retry = undefined;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event': eventName = value; break;
      case 'data': data.push(value); break;
      case 'id': if (!value.includes('\0')) lastId = value; break;
      case 'retry': if (/^\d+$/.test(value)) retry = Number(value); break;
      default: break;
    }
  }

  return {
    feed(text) {
      const events = [];
      let chunk = text;
      if (pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
      pendingCr = false;
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        line(buffer.slice(start, i), events);
        if (c === '\r') {
          if (i + 1 === buffer.length) pendingCr = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return events;
    },
    get lastEventId() { return lastId; },
  };
}

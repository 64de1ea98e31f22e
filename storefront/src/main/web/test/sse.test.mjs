import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSseParser } from '../src/sse.js';

test('a named event with JSON data completes at the blank line', () => {
  const parser = createSseParser();
  assert.deepEqual(parser.feed('event: order\ndata: {"id":"1"}\n'), []);
  const [event] = parser.feed('\n');
  assert.equal(event.event, 'order');
  assert.deepEqual(JSON.parse(event.data), { id: '1' });
});

test('events split across chunks at any character are reassembled', () => {
  const text = 'event: order\ndata: {"id":"12","status":"CONFIRMED"}\n\n';
  for (let cut = 1; cut < text.length; cut++) {
    const parser = createSseParser();
    const events = [...parser.feed(text.slice(0, cut)), ...parser.feed(text.slice(cut))];
    assert.equal(events.length, 1, `cut at ${cut}`);
    assert.equal(JSON.parse(events[0].data).status, 'CONFIRMED');
  }
});

test('comments such as keepalives produce no event', () => {
  const parser = createSseParser();
  assert.deepEqual(parser.feed(':keepalive\n\n:keepalive\n\n'), []);
});

test('several data lines are joined with newlines and the default name is message', () => {
  const [event] = createSseParser().feed('data: a\ndata:b\n\n');
  assert.equal(event.event, 'message');
  assert.equal(event.data, 'a\nb');
});

test('CRLF and lone CR line endings are accepted, also when CRLF is split between chunks', () => {
  const parser = createSseParser();
  const events = [...parser.feed('event: order\r\ndata: x\r'), ...parser.feed('\n\r\n'), ...parser.feed('data: y\r\r')];
  assert.deepEqual(events.map((e) => e.data), ['x', 'y']);
});

test('an event without data is dropped and its name does not leak into the next one', () => {
  const parser = createSseParser();
  const events = parser.feed('event: order\n\ndata: z\n\n');
  assert.deepEqual(events.map((e) => [e.event, e.data]), [['message', 'z']]);
});

test('id and retry fields are kept; a field without a colon has an empty value', () => {
  const parser = createSseParser();
  const [event] = parser.feed('id: 7\nretry: 3000\nretry: soon\ndata\n\n');
  assert.equal(event.id, '7');
  assert.equal(event.retry, 3000);
  assert.equal(event.data, '');
  assert.equal(parser.lastEventId, '7');
});

test('an unfinished event is not delivered when the stream stops', () => {
  const parser = createSseParser();
  assert.deepEqual(parser.feed('event: order\ndata: {"id":"1"}'), []);
});

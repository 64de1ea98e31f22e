import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoff } from '../src/orderEvents.js';

const middle = () => 0.5;

test('reconnect delays double from one second', () => {
  assert.deepEqual([0, 1, 2, 3].map((n) => backoff(n, { random: middle })), [1000, 2000, 4000, 8000]);
});

test('reconnect delays stop growing at the cap', () => {
  assert.equal(backoff(10, { random: middle }), 15000);
  assert.equal(backoff(10, { random: middle, cap: 3000 }), 3000);
});

test('jitter keeps a delay within a quarter either way', () => {
  assert.equal(backoff(0, { random: () => 0 }), 750);
  assert.equal(backoff(0, { random: () => 0.999999 }), 1250);
});

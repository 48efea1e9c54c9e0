import { describe, expect, it } from 'vitest';
import { SendLock } from './send-lock';

describe('SendLock', () => {
  it('refuses a second submit while the first is validating or sent but not yet busy', () => {
    const lock = new SendLock(600);
    expect(lock.acquire(false, 0)).toBe(true);
    expect(lock.acquire(false, 5)).toBe(false); // second click while validating
    lock.sent(10);
    expect(lock.acquire(false, 60)).toBe(false); // second click before busy has rendered
    lock.busyChanged(true);
    expect(lock.acquire(true, 100)).toBe(false);
    lock.busyChanged(false);
    expect(lock.acquire(false, 2000)).toBe(true);
  });

  it('is free again after a refused submit', () => {
    const lock = new SendLock();
    expect(lock.acquire(false, 0)).toBe(true);
    lock.refused();
    expect(lock.acquire(false, 1)).toBe(true);
  });

  it('frees itself after the grace time when the call never showed as busy', () => {
    const lock = new SendLock(600);
    lock.acquire(false, 0);
    lock.sent(0);
    lock.busyChanged(false);
    expect(lock.acquire(false, 599)).toBe(false);
    expect(lock.acquire(false, 600)).toBe(true);
  });

  it('waits for the end of a long call, however long', () => {
    const lock = new SendLock(600);
    lock.acquire(false, 0);
    lock.sent(0);
    lock.busyChanged(true);
    expect(lock.acquire(false, 60_000)).toBe(false);
    lock.busyChanged(false);
    expect(lock.acquire(false, 60_001)).toBe(true);
  });
});

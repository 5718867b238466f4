import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../../src/app/session/throttle.ts';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first value at once and the last of a burst once per interval', () => {
    const sent: number[] = [];
    const send = throttle((value: number) => sent.push(value), 50);
    send(1);
    send(2);
    send(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([1, 3]);
    send(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  it('drops a pending value when cancelled', () => {
    const sent: number[] = [];
    const send = throttle((value: number) => sent.push(value), 50);
    send(1);
    send(2);
    send.cancel();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1]);
  });
});

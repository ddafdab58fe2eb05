// markRingsDrawn: a mark each time rings are handed to the map, of which the page's timeline keeps the latest
// only (a drag marks every pointer move).
import { afterEach, describe, expect, it } from 'vitest';
import { markRingsDrawn } from '../../src/map/markRingsDrawn';

const marks = () => performance.getEntriesByName('rings-drawn', 'mark');

describe('markRingsDrawn', () => {
  afterEach(() => performance.clearMarks('rings-drawn'));

  it('keeps one mark, the latest, however many drawings there were', () => {
    markRingsDrawn();
    const first = marks()[0]?.startTime ?? Number.NaN;
    for (let i = 0; i < 1000; i++) markRingsDrawn();
    expect(marks()).toHaveLength(1);
    expect(marks()[0]?.startTime).toBeGreaterThanOrEqual(first);
  });

  it('is seen by an observer of marks each time', async () => {
    const seen: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('rings-drawn')) seen.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['mark'] });
    markRingsDrawn();
    markRingsDrawn();
    markRingsDrawn();
    await new Promise((done) => setTimeout(done, 50));
    observer.disconnect();
    expect(seen).toHaveLength(3);
  });
});

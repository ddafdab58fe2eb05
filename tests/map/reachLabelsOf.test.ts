import type { Map as LeafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { reachLabelsOf } from '../../src/map/reachLabelsOf';

describe('reachLabelsOf', () => {
  it('is one store per map, telling its listeners only of labels that changed', () => {
    const map = {} as LeafletMap;
    const store = reachLabelsOf(map);
    expect(reachLabelsOf(map)).toBe(store);
    expect(reachLabelsOf({} as LeafletMap)).not.toBe(store);
    let told = 0;
    const stop = store.subscribe(() => told++);
    const label = { at: [27.5, 52.6] as [number, number], text: 'ERAM from Moldova, 460 km', below: false };
    expect(store.get()).toEqual({ zoom: null, labels: [] });
    store.set([label], 5);
    const placed = store.get();
    store.set([{ ...label, at: [27.5, 52.6] }], 5); // the same, placed again
    expect(told).toBe(1);
    expect(store.get()).toBe(placed);
    expect(placed).toEqual({ zoom: 5, labels: [label] });
    store.set([label], 4); // the same place, at another zoom
    store.set([{ ...label, at: [28, 52] }], 4);
    store.set([], null);
    expect(told).toBe(4);
    stop();
    store.set([label], 5);
    expect(told).toBe(4);
  });
});

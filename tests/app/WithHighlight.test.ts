// WithHighlight hands its children the id of the system highlighted, none when that system is not shown.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { highlightStore } from '../../src/app/highlightStore';
import { WithHighlight } from '../../src/app/WithHighlight';

const render = (highlights: ReturnType<typeof highlightStore>, shown: { id: string }[]) =>
  renderToStaticMarkup(
    createElement(WithHighlight, {
      highlights,
      shown,
      children: (id: string | null) => createElement('output', null, id ?? 'none'),
    }),
  );

describe('WithHighlight', () => {
  it('renders its children with the id of the system highlighted', () => {
    const highlights = highlightStore();
    expect(render(highlights, [{ id: 'eram' }])).toBe('<output>none</output>');
    highlights.setNow({ systemId: 'eram', from: 'list' });
    expect(render(highlights, [{ id: 'atacms' }, { id: 'eram' }])).toBe('<output>eram</output>');
  });

  it('highlights nothing when the system highlighted is not shown (removed while the pointer was on it)', () => {
    const highlights = highlightStore();
    highlights.setNow({ systemId: 'eram', from: 'map' });
    expect(render(highlights, [{ id: 'atacms' }])).toBe('<output>none</output>');
  });
});

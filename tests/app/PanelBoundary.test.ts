// The error boundary keeps the page when one part fails to render: a recoverable message instead.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('PanelBoundary', () => {
  it('renders its children when they render', () => {
    const html = renderToStaticMarkup(
      createElement(PanelBoundary, { name: 'The panel', children: createElement('p', null, 'fine') }),
    );
    expect(html).toBe('<p>fine</p>');
  });

  it('derives an error state that shows a message naming the part, keeping the scenario', () => {
    const state = PanelBoundary.getDerivedStateFromError(new Error('boom'));
    expect(state).toEqual({ error: new Error('boom') });
    const boundary = new PanelBoundary({ name: 'The side panel', children: createElement(Broken) });
    boundary.state = { error: new Error('boom'), attempt: 0 };
    const html = renderToStaticMarkup(boundary.render() as never);
    expect(html).toContain('The side panel ran into a problem');
    expect(html).toContain('Your launch points and systems are kept');
    expect(html).toContain('Try again');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    boundary.componentDidCatch(new Error('boom'), { componentStack: '' } as never);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

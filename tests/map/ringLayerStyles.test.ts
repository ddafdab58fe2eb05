// ringLooks under a highlight: the four paths of a system's rings styled emphasised, dimmed or plain.
import { describe, expect, it } from 'vitest';
import { ringLookFor, ringLooks } from '../../src/map/ringLayerStyles';

describe('ringLooks for a highlight', () => {
  const looksOf = (highlightedId: string | null) =>
    ringLooks('#e69f00', '6 4', ringLookFor('atacms', highlightedId));

  it('fills an emphasised ring deeper and a dimmed one fainter than a plain one', () => {
    expect(looksOf('atacms').fill.fillOpacity).toBe(0.16);
    expect(looksOf(null).fill.fillOpacity).toBe(0.07);
    expect(looksOf('hawk').fill.fillOpacity).toBe(0.03);
  });

  it("draws an emphasised ring's outline wider and a dimmed one's faint, with the system's colour and dash", () => {
    expect(looksOf('atacms').outline).toMatchObject({
      color: '#e69f00',
      weight: 4,
      opacity: 1,
      dashArray: '6 4',
    });
    expect(looksOf(null).outline).toMatchObject({ weight: 2, opacity: 1 });
    expect(looksOf('hawk').outline).toMatchObject({ weight: 2, opacity: 0.35 });
  });

  it("fades a dimmed ring's band only", () => {
    expect(looksOf('atacms').bandOutline.opacity).toBe(0.7);
    expect(looksOf(null).bandFill.fillOpacity).toBe(0.06);
    expect(looksOf('hawk').bandFill.fillOpacity).toBe(0.02);
    expect(looksOf('hawk').bandOutline.opacity).toBe(0.25);
  });
});

// A mouse drag whose events carry times from the page's own clock, a frame apart, however late the test
// delivers them: what a gesture reads from event.timeStamp (a fling's speed, how long the button was held
// still before it was let go) then does not depend on how busy the machine running the test is.
// Real input events through the DevTools protocol, as Playwright's own mouse sends them, with a timestamp.
import type { Page } from 'playwright-core';

const FRAME_S = 1 / 60;

/**
 * Presses the left button at (x, y), moves by (dx, dy) in `steps` moves one frame apart, and lets go one
 * frame after the last move (by the events' times); `beforeRelease` runs once the page has drawn the last
 * move, before the button is let go.
 */
export async function dragOnPageClock(
  page: Page,
  [x, y]: [number, number],
  [dx, dy]: [number, number],
  steps: number,
  beforeRelease?: () => Promise<void>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const startS = (await page.evaluate(() => performance.timeOrigin + performance.now())) / 1000;
    const at = (frame: number) => startS + frame * FRAME_S;
    const mouse = (type: string, px: number, py: number, frame: number, buttons: number) =>
      cdp.send('Input.dispatchMouseEvent', {
        type: type as 'mouseMoved',
        x: px,
        y: py,
        button: type === 'mouseMoved' && buttons === 0 ? 'none' : 'left',
        buttons,
        clickCount: type === 'mouseMoved' ? 0 : 1,
        timestamp: at(frame),
      });
    await mouse('mouseMoved', x, y, 0, 0);
    await mouse('mousePressed', x, y, 1, 1);
    for (let i = 1; i <= steps; i++)
      await mouse('mouseMoved', x + (dx * i) / steps, y + (dy * i) / steps, 1 + i, 1);
    if (beforeRelease) {
      // two frames: the moves are delivered at the first, and what they asked for is drawn by the second
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await beforeRelease();
    }
    await mouse('mouseReleased', x + dx, y + dy, 2 + steps, 0);
  } finally {
    await cdp.detach();
  }
}

// The floor of a drag: a near-empty page whose one dot follows the pointer while pressed, marking 'rings-drawn'
// in each pointer move as the app and peer a do, so its pointer move → rings redrawn is the least any page
// shows on this machine (the wait for the frame Chromium dispatches a move in, and that frame's own work).
import { markRingsDrawn } from '../../../src/map/markRingsDrawn';

const dot = document.querySelector<HTMLElement>('.launch-marker') as HTMLElement;
let from: { x: number; y: number } | null = null;

dot.addEventListener('pointerdown', (e) => {
  from = { x: e.clientX, y: e.clientY };
  dot.setPointerCapture(e.pointerId);
});
dot.addEventListener('pointermove', (e) => {
  if (!from) return;
  dot.style.transform = `translate(${e.clientX - from.x}px, ${e.clientY - from.y}px)`;
  markRingsDrawn();
});
dot.addEventListener('pointerup', () => {
  from = null;
});
markRingsDrawn();

// The pointer and wheel gestures of a true-shape view: one pointer drags (with inertia when let go moving), two
// pinch, a press that barely moves is a click on the place under it, the wheel zooms. Frames are drawn straight
// from requestAnimationFrame; the view is told when it comes to rest.

import type { GeoProjection } from 'd3';
import { type RefObject, useEffect } from 'react';
import type { LonLat } from '../geo';
import { dragState, type Interaction } from './dragState';
import { clampZoom, type ViewSize, type ViewState } from './viewProjection';

const CLICK_SLOP_PX = 4;
const WHEEL_ZOOM_PER_PX = 1 / 300;
const WHEEL_REST_MS = 200;
const FRICTION_PER_MS = 0.994;
const STOP_SPEED_PX_PER_MS = 0.02;

/** What the gestures read of the view's latest props. */
export interface GestureProps {
  projection: (state: ViewState, size: ViewSize) => GeoProjection;
  interaction: Interaction;
  animate: boolean;
  wheelZoom?: boolean;
  onClick?: (lonLat: LonLat) => void;
}

export interface ViewGestureTarget {
  stateRef: RefObject<ViewState>;
  sizeRef: RefObject<ViewSize>;
  latest: RefObject<GestureProps>;
  /** Draws the current state now (a frame of a glide). */
  draw: () => void;
  /** Moves to a state; `still` brings the view to rest there. */
  moveTo: (state: ViewState, still: boolean) => void;
  /** Brings the view to rest where it is. */
  settle: () => void;
}

/**
 * Listens to the canvas's pointers and wheel for as long as it is mounted.
 *
 * @example
 * useViewGestures(canvasRef, { stateRef, sizeRef, latest, draw, moveTo, settle });
 */
export function useViewGestures(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  { stateRef, sizeRef, latest, draw, moveTo, settle }: ViewGestureTarget,
): void {
  useEffect(
    function handlePointers() {
      const canvas = canvasRef.current;
      if (!canvas) return;
      const pointers = new Map<number, { x: number; y: number }>();
      let press: { x: number; y: number; moved: boolean } | null = null;
      let pinch: { distance: number; zoom: number } | null = null;
      let velocity = { x: 0, y: 0 };
      let last = { x: 0, y: 0, t: 0 };
      let glide = 0;
      let wheelTimer = 0;
      const stopGlide = () => {
        if (glide) cancelAnimationFrame(glide);
        glide = 0;
      };
      const spread = () => {
        const [a, b] = [...pointers.values()];
        return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
      };
      const onDown = (event: PointerEvent) => {
        if (event.button !== 0 && event.pointerType === 'mouse') return;
        stopGlide();
        canvas.setPointerCapture?.(event.pointerId);
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (pointers.size === 1) {
          press = { x: event.clientX, y: event.clientY, moved: false };
          last = { x: event.clientX, y: event.clientY, t: event.timeStamp };
          velocity = { x: 0, y: 0 };
        } else if (pointers.size === 2) {
          press = null;
          pinch = { distance: spread(), zoom: stateRef.current.zoom };
        }
      };
      const onMove = (event: PointerEvent) => {
        const known = pointers.get(event.pointerId);
        if (!known) return;
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (pinch && pointers.size === 2) {
          const ratio = spread() / Math.max(1, pinch.distance);
          moveTo({ ...stateRef.current, zoom: clampZoom(pinch.zoom + Math.log2(ratio)) }, false);
          return;
        }
        if (!press) return;
        if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_SLOP_PX)
          return;
        press.moved = true;
        const dx = event.clientX - last.x;
        const dy = event.clientY - last.y;
        const dt = Math.max(1, event.timeStamp - last.t);
        velocity = { x: 0.6 * (dx / dt) + 0.4 * velocity.x, y: 0.6 * (dy / dt) + 0.4 * velocity.y };
        last = { x: event.clientX, y: event.clientY, t: event.timeStamp };
        moveTo(dragState(stateRef.current, dx, dy, latest.current.interaction), false);
      };
      const glideFrom = (start: { x: number; y: number }) => {
        let speed = start;
        let before = performance.now();
        const step = (now: number) => {
          const dt = Math.min(64, now - before);
          before = now;
          speed = { x: speed.x * FRICTION_PER_MS ** dt, y: speed.y * FRICTION_PER_MS ** dt };
          if (Math.hypot(speed.x, speed.y) < STOP_SPEED_PX_PER_MS) {
            glide = 0;
            settle();
            return;
          }
          stateRef.current = dragState(
            stateRef.current,
            speed.x * dt,
            speed.y * dt,
            latest.current.interaction,
          );
          draw();
          glide = requestAnimationFrame(step);
        };
        glide = requestAnimationFrame(step);
      };
      const onUp = (event: PointerEvent) => {
        if (!pointers.delete(event.pointerId)) return;
        if (pinch) {
          if (pointers.size < 2) {
            pinch = null;
            press = null;
            settle();
          }
          return;
        }
        const pressed = press;
        press = null;
        if (!pressed) return;
        if (!pressed.moved) {
          const rect = canvas.getBoundingClientRect();
          const scaleX = rect.width / Math.max(1, sizeRef.current.width);
          const x = (event.clientX - rect.left) / scaleX;
          const y = (event.clientY - rect.top) / scaleX;
          const projection = latest.current.projection(stateRef.current, sizeRef.current);
          const lonLat = projection.invert?.([x, y]);
          // a click off the globe (in space) has no place
          if (lonLat && Number.isFinite(lonLat[0]) && Number.isFinite(lonLat[1])) {
            const back = projection(lonLat);
            if (back && Math.hypot(back[0] - x, back[1] - y) < 1)
              latest.current.onClick?.([lonLat[0], lonLat[1]]);
          }
          return;
        }
        // held still before letting go, the fling has slowed as it would have gliding
        const held = FRICTION_PER_MS ** Math.max(0, event.timeStamp - last.t);
        const fling = { x: velocity.x * held, y: velocity.y * held };
        if (latest.current.animate && Math.hypot(fling.x, fling.y) > STOP_SPEED_PX_PER_MS * 5)
          glideFrom(fling);
        else settle();
      };
      const onWheel = (event: WheelEvent) => {
        if (latest.current.wheelZoom === false) return;
        event.preventDefault();
        stopGlide();
        const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
        moveTo(
          { ...stateRef.current, zoom: clampZoom(stateRef.current.zoom - pixels * WHEEL_ZOOM_PER_PX) },
          false,
        );
        clearTimeout(wheelTimer);
        wheelTimer = window.setTimeout(() => settle(), WHEEL_REST_MS);
      };
      canvas.addEventListener('pointerdown', onDown);
      canvas.addEventListener('pointermove', onMove);
      canvas.addEventListener('pointerup', onUp);
      canvas.addEventListener('pointercancel', onUp);
      canvas.addEventListener('wheel', onWheel, { passive: false });
      return () => {
        stopGlide();
        clearTimeout(wheelTimer);
        canvas.removeEventListener('pointerdown', onDown);
        canvas.removeEventListener('pointermove', onMove);
        canvas.removeEventListener('pointerup', onUp);
        canvas.removeEventListener('pointercancel', onUp);
        canvas.removeEventListener('wheel', onWheel);
      };
    },
    [canvasRef, stateRef, sizeRef, latest, draw, moveTo, settle],
  );
}

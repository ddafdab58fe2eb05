// Registers the service worker (made at build time by vite-plugin-pwa, see vite.config.ts) once the first
// rings are painted and the page is idle, so it never competes with them; it then precaches the whole app.
// When a new version has been cached, a notice offers to reload into it: the running page keeps the files
// it started with until then (README, "Offline"). Under the dev server the plugin's register does nothing.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect } from 'react';
import { useAfterFirstPaint } from '../map';
import type { Notify } from './useUndo';

let started = false;

export function useServiceWorker(notice: Notify): void {
  const idle = useAfterFirstPaint({ idle: { timeoutMs: 4000, fallbackMs: 2000 } });
  useEffect(
    function registerServiceWorker() {
      if (!idle || started) return;
      started = true;
      const couldNot = (error: unknown) =>
        // not fatal: the app works as before, only not offline (a sandboxed frame, a private window, …)
        console.warn('The app could not be made available offline:', error);
      // the registration code (and Workbox's window part) is its own small chunk, outside the first load
      import('virtual:pwa-register').then(({ registerSW }) => {
        const update = registerSW({
          immediate: true,
          onNeedRefresh: () =>
            notice('update', 'A new version of Range Rings is ready.', {
              label: 'Reload',
              run: () => {
                // the new worker takes over, then the page reloads into the new version
                navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
                  once: true,
                });
                void update(true);
              },
            }),
          // The reload is ours (above): the plugin's own one skips a page that was not yet controlled when
          // it registered, i.e. the very tab that installed the first version.
          onNeedReload: () => {},
          onRegisterError: couldNot,
        });
      }, couldNot);
    },
    [idle, notice],
  );
}

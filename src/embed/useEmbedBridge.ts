// The embedded map's side of the host page conversation: it applies `set`/`patch` messages from accepted
// origins, posts `ready`, `change` and its height (plain and pym.js). It does nothing when not in embed mode.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario, ScenarioProblem } from '../scenario';
import { acceptOrigin, type OriginPolicy, postTargets } from './acceptOrigin';
import { changeMessage, heightMessage, readyMessage, scenarioMessage } from './mapMessages';
import { parseHostMessage } from './parseHostMessage';
import { isPymText, pymHeightMessage } from './pymMessage';
import { readChildId } from './readEmbedOptions';
import './embed.css';

export interface EmbedBridgeOptions {
  scenario: Scenario;
  /** Replaces the scenario with one a host message made; `problems` says what of the message was ignored. */
  setScenario: (next: Scenario, problems: ScenarioProblem[]) => void;
  /** Embed mode (`embed=1`): without it the hook does nothing. */
  enabled: boolean;
  /** From `readEmbedOptions(location.search)`. */
  allowedOrigins: readonly string[];
  /** `document.referrer`: the embedding page, whose origin is accepted. */
  referrer: string;
  /** Ids of the data file's systems, as restore() needs them. */
  systemIds: readonly string[];
  /** pym.js's id for this frame; by default read from the URL's `childId`, else the frame's name. */
  childId?: string;
}

/** A change settles for this long before it is posted: dragging a launch point changes it every frame. */
export const CHANGE_DELAY_MS = 100;
/** The class that lays the embed root out at its natural height for a moment, to measure it (embed.css). */
const MEASURING_CLASS = 'embed-measuring';
const WARNING = 'Range Rings:';

/**
 * Connects the map to the page that embeds it. Call it once, in App, with the one scenario.
 *
 * @example
 * useEmbedBridge({
 *   scenario, enabled: options.embed, allowedOrigins: options.allowedOrigins, referrer: document.referrer,
 *   systemIds: DATA_IDS, setScenario: (next) => update(() => next),
 * });
 */
export function useEmbedBridge(options: EmbedBridgeOptions): void {
  const { scenario, setScenario, enabled, referrer, systemIds } = options;
  const [childId] = useState(() => options.childId ?? readChildId(window.location.search, window.name));
  // Compared by contents (origins hold no commas), so a new but equal list keeps the listener.
  const allowedKey = options.allowedOrigins.join(',');
  // Read once: the browser's word for the embedding page, which a no-referrer host page cannot hide.
  const [ancestor] = useState(ancestorOrigin);
  const policy: OriginPolicy = useMemo(
    () => ({
      referrer,
      allowedOrigins: allowedKey === '' ? [] : allowedKey.split(','),
      ancestorOrigin: ancestor,
    }),
    [referrer, allowedKey, ancestor],
  );
  // The scenario messages are read against: ahead of the render when a message was just applied.
  const latest = useRef(scenario);
  const apply = useRef(setScenario);
  const dataIds = useRef(systemIds);
  // The parent's origin, once known: from the browser, or from a message the parent sent.
  const parentOrigin = useRef<string | null>(null);
  const pendingProblems = useRef<ScenarioProblem[]>([]);
  const readyScenario = useRef<Scenario | null>(null);
  const lastHeight = useRef(0);

  useEffect(function keepLatestProps() {
    latest.current = scenario;
    apply.current = setScenario;
    dataIds.current = systemIds;
  });

  const post = useCallback(
    (message: unknown) => {
      if (window.parent === window) return;
      parentOrigin.current ??= ancestor;
      for (const origin of postTargets(policy, parentOrigin.current))
        window.parent.postMessage(message, origin);
    },
    [policy, ancestor],
  );

  const postHeight = useCallback(
    (always: boolean) => {
      const height = measureEmbedHeight();
      if (height <= 0 || (!always && height === lastHeight.current)) return;
      lastHeight.current = height;
      post(heightMessage(height));
      post(pymHeightMessage(childId, height));
    },
    [post, childId],
  );

  useEffect(
    function listenToHost() {
      if (!enabled) return;
      function onMessage(event: MessageEvent) {
        // Our own window's messages (dev tools, extensions) are not the host's.
        if (event.source === window) return;
        if (!acceptOrigin(event.origin, policy)) {
          if (looksAddressedToUs(event.data)) {
            console.warn(
              `${WARNING} message from ${event.origin} ignored — only the embedding page's origin, or one the map's URL allows with origin=, may control the map`,
            );
          }
          return;
        }
        if (event.source === window.parent) parentOrigin.current = event.origin;
        const parsed = parseHostMessage(event.data, { systemIds: dataIds.current, scenario: latest.current });
        if ('error' in parsed) {
          console.warn(`${WARNING} message ignored — ${parsed.error}`);
          return;
        }
        switch (parsed.kind) {
          case 'pym':
            // pym.js's parent sends the width when it resizes; its child answers with the height.
            if (parsed.pym.type === 'width') postHeight(true);
            return;
          case 'get':
            reply(event, scenarioMessage(latest.current));
            return;
          default:
            if (parsed.problems.length > 0) {
              const list = parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
              console.warn(`${WARNING} part of the ${parsed.kind} message ignored — ${list}`);
            }
            latest.current = parsed.scenario;
            pendingProblems.current.push(...parsed.problems);
            apply.current(parsed.scenario, parsed.problems);
        }
      }
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
    [enabled, policy, postHeight],
  );

  useEffect(
    function postReadyOnce() {
      if (!enabled || readyScenario.current) return;
      readyScenario.current = latest.current;
      post(readyMessage(latest.current));
    },
    [enabled, post],
  );

  useEffect(
    function postChange() {
      // the first scenario went out with `ready`
      if (!enabled || scenario === readyScenario.current) return;
      const timer = window.setTimeout(() => {
        post(changeMessage(scenario, pendingProblems.current));
        pendingProblems.current = [];
        // a new title may wrap onto another line
        postHeight(false);
      }, CHANGE_DELAY_MS);
      return () => window.clearTimeout(timer);
    },
    [enabled, scenario, post, postHeight],
  );

  useEffect(
    function observeHeight() {
      if (!enabled || typeof ResizeObserver !== 'function') return;
      // called once at the start too, which posts the first height
      const observer = new ResizeObserver(() => postHeight(false));
      observer.observe(document.documentElement);
      return () => observer.disconnect();
    },
    [enabled, postHeight],
  );
}

// The parent's origin as the browser knows it (Chromium, WebKit); null where it does not say (Firefox).
function ancestorOrigin(): string | null {
  if (window.parent === window) return null;
  return window.location.ancestorOrigins?.item(0) ?? null;
}

function reply(event: MessageEvent, message: unknown): void {
  const source = event.source;
  if (source && 'window' in source) source.postMessage(message, { targetOrigin: event.origin });
}

function looksAddressedToUs(data: unknown): boolean {
  if (typeof data === 'string') return isPymText(data);
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('range-rings:');
}

// The page fills its iframe, so the height it wants is its natural one: the root laid out, for a moment
// (no paint happens in between), at its own height rather than the iframe's.
function measureEmbedHeight(): number {
  const root = document.querySelector<HTMLElement>('.embed');
  if (!root) return Math.ceil(document.documentElement.scrollHeight);
  root.classList.add(MEASURING_CLASS);
  const height = root.getBoundingClientRect().height;
  root.classList.remove(MEASURING_CLASS);
  return Math.ceil(height);
}

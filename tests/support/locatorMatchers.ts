// Web-first assertions for Playwright locators in Vitest: each polls the page until it holds or a few
// seconds pass, like Playwright's own test runner, so tests wait for the app rather than sleep.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

const TIMEOUT_MS = 8000;

async function poll(check: () => Promise<{ pass: boolean; actual: unknown }>, isNot: boolean) {
  const deadline = Date.now() + TIMEOUT_MS;
  let last: { pass: boolean; actual: unknown } = { pass: false, actual: undefined };
  for (;;) {
    try {
      last = await check();
    } catch (e) {
      last = { pass: false, actual: `(error: ${(e as Error).message.split('\n')[0]})` };
    }
    if (last.pass !== isNot || Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text a reader sees: innerText for HTML, textContent for SVG. */
async function visibleText(locator: Locator): Promise<string> {
  const text = await locator
    .first()
    .evaluate((el) => ('innerText' in el ? (el as HTMLElement).innerText : (el.textContent ?? '')), null, {
      timeout: 500,
    });
  return text.replace(/\s+/g, ' ').trim();
}

const matches = (text: string, expected: string | RegExp, whole: boolean) =>
  typeof expected === 'string' ? (whole ? text === expected : text.includes(expected)) : expected.test(text);

function result(pass: boolean, name: string, expected: unknown, actual: unknown, isNot: boolean) {
  return {
    pass,
    message: () =>
      `expected locator ${isNot ? 'not ' : ''}${name} ${JSON.stringify(String(expected))}; got ${JSON.stringify(actual)}`,
  };
}

expect.extend({
  async toContainText(locator: Locator, expected: string | RegExp, label?: string) {
    const r = await poll(async () => {
      const text = await visibleText(locator);
      return { pass: matches(text, expected, false), actual: text };
    }, Boolean(this.isNot));
    return result(
      r.pass,
      `${label ? `(${label}) ` : ''}to contain text`,
      expected,
      r.actual,
      Boolean(this.isNot),
    );
  },
  async toHaveText(locator: Locator, expected: string | RegExp) {
    const r = await poll(async () => {
      const text = await visibleText(locator);
      return { pass: matches(text, expected, true), actual: text };
    }, Boolean(this.isNot));
    return result(r.pass, 'to have text', expected, r.actual, Boolean(this.isNot));
  },
  async toHaveValue(locator: Locator, expected: string) {
    const r = await poll(async () => {
      const value = await locator.first().inputValue({ timeout: 500 });
      return { pass: value === expected, actual: value };
    }, Boolean(this.isNot));
    return result(r.pass, 'to have value', expected, r.actual, Boolean(this.isNot));
  },
  async toHaveCount(locator: Locator, expected: number) {
    const r = await poll(async () => {
      const n = await locator.count();
      return { pass: n === expected, actual: n };
    }, Boolean(this.isNot));
    return result(r.pass, 'to have count', expected, r.actual, Boolean(this.isNot));
  },
  async toHaveAttribute(locator: Locator, name: string, expected: string) {
    const r = await poll(async () => {
      const v = await locator.first().getAttribute(name, { timeout: 500 });
      return { pass: v === expected, actual: v };
    }, Boolean(this.isNot));
    return result(r.pass, `to have attribute ${name}`, expected, r.actual, Boolean(this.isNot));
  },
  async toBeHidden(locator: Locator) {
    const r = await poll(async () => {
      const hidden = await locator.first().isHidden();
      return { pass: hidden, actual: hidden ? 'hidden' : 'visible' };
    }, Boolean(this.isNot));
    return result(r.pass, 'to be', 'hidden', r.actual, Boolean(this.isNot));
  },
  async toBeChecked(locator: Locator) {
    const r = await poll(async () => {
      const checked = await locator.first().isChecked({ timeout: 500 });
      return { pass: checked, actual: checked ? 'checked' : 'unchecked' };
    }, Boolean(this.isNot));
    return result(r.pass, 'to be', 'checked', r.actual, Boolean(this.isNot));
  },
});

interface LocatorMatchers<R = unknown> {
  toContainText(expected: string | RegExp, label?: string): Promise<R>;
  toHaveText(expected: string | RegExp): Promise<R>;
  toHaveValue(expected: string): Promise<R>;
  toHaveCount(expected: number): Promise<R>;
  toHaveAttribute(name: string, expected: string): Promise<R>;
  toBeHidden(): Promise<R>;
  toBeChecked(): Promise<R>;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must match Vitest's own declaration
  interface Matchers<T = any> extends LocatorMatchers<T> {}
}

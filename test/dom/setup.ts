/**
 * The page as main.tsx prepares it (the vocabulary's CSS variables), and what jsdom lacks
 * that React Flow measures with: a ResizeObserver (that fires asynchronously,
 * like a browser's), DOMMatrixReadOnly, and element sizes.
 */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { installVocabularyTokens } from '../../src/app/theme/vocabulary-tokens.ts';

afterEach(() => cleanup());

// As at start-up (main.tsx): the vocabulary's variables the components point at.
installVocabularyTokens(document);

class AsyncResizeObserver {
  private readonly callback: ResizeObserverCallback;
  private readonly targets = new Set<Element>();
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    this.targets.add(target);
    setTimeout(() => {
      if (!this.targets.has(target)) return;
      const rect = target.getBoundingClientRect();
      this.callback(
        [{ target, contentRect: rect } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }, 0);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
}

class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

Object.assign(globalThis, {
  ResizeObserver: AsyncResizeObserver,
  DOMMatrixReadOnly: DOMMatrixReadOnlyStub,
});

Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get: () => 1024 },
  offsetHeight: { configurable: true, get: () => 768 },
});
Object.defineProperty(SVGElement.prototype, 'getBBox', {
  configurable: true,
  value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
});

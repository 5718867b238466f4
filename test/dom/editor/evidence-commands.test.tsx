/** The evidence commands: their keys (Alt+O/R/A/0, by the key's place), labels and edits. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import type { EditContext } from '../../../src/app/editor/edit-actions.ts';
import { markSelectedEvidence } from '../../../src/app/editor/evidence-actions.ts';
import { commandForKey, shortcutText, type KeyLike } from '../../../src/app/editor/keymap.ts';
import { commandLabel } from '../../../src/app/editor/command-labels.ts';
import { SHORTCUT_GROUPS } from '../../../src/app/editor/ShortcutsHelp.tsx';
import { EVIDENCE_KEYS } from '../../../src/app/editor/evidence-keys.ts';

function context(): EditContext {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return {
    document: createDocumentStore({ documentId: 'd', map: result.map }),
    view: createViewStore(),
    ui: createEditorUiStore(),
  };
}

const alt = (key: string, code: string): KeyLike => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: true,
});

describe('evidence keys', () => {
  it('runs the marks with Alt, whatever letter Alt makes (a Mac types ø for Alt+O)', () => {
    expect(commandForKey(alt('o', 'KeyO'), 'map', false)).toBe('markObserved');
    expect(commandForKey(alt('ø', 'KeyO'), 'map', true)).toBe('markObserved');
    expect(commandForKey(alt('r', 'KeyR'), 'map', false)).toBe('markReported');
    expect(commandForKey(alt('å', 'KeyA'), 'map', true)).toBe('markAssumed');
    expect(commandForKey(alt('0', 'Digit0'), 'map', false)).toBe('clearEvidence');
  });

  it('leaves them to text fields, and keeps the plain letters and Alt+digits as they were', () => {
    expect(commandForKey(alt('a', 'KeyA'), 'text', false)).toBeNull();
    expect(commandForKey(alt('a', 'KeyA'), 'control', false)).toBe('markAssumed');
    const plain = { ...alt('a', 'KeyA'), altKey: false };
    expect(commandForKey(plain, 'map', false)).not.toBe('markAssumed');
    expect(commandForKey(alt('1', 'Digit1'), 'map', false)).toBe('togglePalette');
    expect(commandForKey(alt('m', 'KeyM'), 'map', false)).toBe('toggleMinimap');
  });

  it('shows them in the shortcut sheet and the palette in the vocabulary’s words', () => {
    expect(shortcutText('markAssumed', false)).toBe('Alt+A');
    expect(shortcutText('clearEvidence', true)).toBe('⌥0');
    expect(commandLabel('markObserved')).toBe('Mark as observed');
    expect(commandLabel('clearEvidence')).toBe('Clear evidence');
    const listed = SHORTCUT_GROUPS.flatMap((g) => g.rows.flatMap((r) => r.keys));
    for (const { command } of EVIDENCE_KEYS) expect(listed).toContain(command);
  });
});

describe('markSelectedEvidence', () => {
  it('marks every selected card in one undo step, and adds none when nothing changes', () => {
    const ctx = context();
    const ids = ctx.document
      .getState()
      .map.touchpoints.slice(0, 2)
      .map((tp) => tp.id);
    ctx.view.getState().select({ touchpoints: ids, connections: [] });
    expect(markSelectedEvidence(ctx, 'assumed')).toBe(true);
    const evidence = () =>
      ctx.document
        .getState()
        .map.touchpoints.filter((tp) => ids.includes(tp.id))
        .map((tp) => tp.evidence);
    expect(evidence()).toEqual(['assumed', 'assumed']);
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
    expect(ctx.ui.getState().status?.text ?? '').toMatch(/Assumed: 2 touchpoints/);
    markSelectedEvidence(ctx, 'assumed');
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
    markSelectedEvidence(ctx, undefined);
    expect(evidence()).toEqual([undefined, undefined]);
    ctx.document.temporal.getState().undo();
    expect(evidence()).toEqual(['assumed', 'assumed']);
  });

  it('says what to do when nothing is selected', () => {
    const ctx = context();
    expect(markSelectedEvidence(ctx, 'observed')).toBe(false);
    expect(ctx.ui.getState().status?.text ?? '').toMatch(/Select a touchpoint/);
  });
});

import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { DraftState } from '../../../src/core/protocol';
import { DraftStore } from '../../../src/weeklyStatus/drafts';

/** Workspace state as VS Code keeps it: JSON in, JSON out. */
function memento(): vscode.Memento {
  const kept = new Map<string, string>();
  return {
    keys: () => [...kept.keys()],
    get: <T>(key: string, fallback?: T) => (kept.has(key) ? (JSON.parse(kept.get(key)!) as T) : fallback),
    update: async (key: string, value: unknown) => void kept.set(key, JSON.stringify(value)),
  } as vscode.Memento;
}

const folder = { toString: () => 'file:///plan' } as vscode.Uri;

function draft(): DraftState {
  const status = { week: '2026-W49', author: 'Dana Kim', headline: '', backlog: '', initiatives: [] };
  return {
    status,
    loaded: structuredClone(status),
    base: null,
    fields: { values: {}, readonly: {}, entries: [] },
    confirmed: [],
    measurements: [
      { id: 'pay', value: '2.35%', measured: '2026-12-01', seen: { current: '2.2%', measured: '2026-10-01' } },
    ],
    savedAt: 1,
  };
}

describe('the kept weekly status drafts', () => {
  it('keep a measurement typed on a card, so a form closed and opened again still records it', async () => {
    const store = new DraftStore(memento());
    await store.set(folder, '2026-W49', draft());
    assert.deepEqual(store.get(folder, '2026-W49'), draft());
  });

  it('keep nothing else a draft message carries, and forget a draft when asked', async () => {
    const store = new DraftStore(memento());
    await store.set(folder, '2026-W49', { ...draft(), ...{ type: 'draft', dirty: true } });
    assert.deepEqual(Object.keys(store.get(folder, '2026-W49') ?? {}).sort(), Object.keys(draft()).sort());
    await store.set(folder, '2026-W49', undefined);
    assert.equal(store.get(folder, '2026-W49'), undefined);
  });
});

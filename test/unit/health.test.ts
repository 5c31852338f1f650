import * as assert from 'node:assert/strict';
import { weekHealth } from '../../src/core/health';
import type { Initiative, InitiativeStatus, WeeklyStatusFile } from '../../src/core/model';
import { initiative } from './reports/build';

const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
const status = (week: string, entries: Record<string, InitiativeStatus | undefined>): WeeklyStatusFile => ({
  file: `.delivery/status/${week}.yaml`,
  week,
  initiatives: Object.entries(entries).map(([id, value]) => ({
    id,
    range: at,
    blockers: [],
    decisions: [],
    ...(value ? { status: { value, range: at, keyRange: at } } : {}),
  })),
});
const payments = (fileStatus?: InitiativeStatus): Initiative => {
  const i = initiative({ id: 'payments' });
  return fileStatus ? { ...i, status: { value: fileStatus, range: at, keyRange: at } } : { ...i, status: undefined };
};

describe('weekHealth', () => {
  const statuses = [
    status('2026-W45', { payments: 'on-track' }),
    status('2026-W46', { payments: 'at-risk' }),
    status('2026-W47', { other: 'on-track', payments: undefined }),
  ];

  it("takes the week's own entry", () => {
    assert.deepEqual(weekHealth(payments('on-track'), statuses, '2026-W46'), {
      status: 'at-risk',
      source: 'week',
      week: '2026-W46',
    });
  });
  it('carries the latest earlier entry over a week without one, even a week whose file leaves the health out', () => {
    assert.deepEqual(weekHealth(payments('on-track'), statuses, '2026-W47'), {
      status: 'at-risk',
      source: 'carried',
      week: '2026-W46',
    });
    assert.deepEqual(weekHealth(payments('on-track'), statuses, '2026-W50'), {
      status: 'at-risk',
      source: 'carried',
      week: '2026-W46',
    });
  });
  it('never reads a later week', () => {
    assert.deepEqual(weekHealth(payments('off-track'), statuses, '2026-W44'), { status: 'off-track', source: 'file' });
  });
  it('falls back to the initiative file, and to not started without one', () => {
    assert.deepEqual(weekHealth(payments('at-risk'), [], '2026-W47'), { status: 'at-risk', source: 'file' });
    assert.deepEqual(weekHealth(payments(), [], '2026-W47'), { status: 'not-started', source: 'file' });
  });
  it('lets a file that says done, cancelled or paused win over any entry', () => {
    for (const life of ['done', 'cancelled', 'paused'] as const)
      assert.deepEqual(weekHealth(payments(life), statuses, '2026-W46'), { status: life, source: 'file' });
  });
});

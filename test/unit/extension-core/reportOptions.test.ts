import * as assert from 'node:assert/strict';
import { parseReportOptions, recentQuarters, recentWeeks, reportPath } from '../../../src/core/reportOptions';

describe('report command options', () => {
  it('accepts a week, an as-of date and open: false', () => {
    assert.deepEqual(parseReportOptions({ week: '2026-W47', asOf: '2026-11-25', open: false }), {
      options: { week: '2026-W47', asOf: '2026-11-25', open: false },
    });
  });

  it('treats a tree node or a URI as no options', () => {
    class Node {}
    assert.deepEqual(parseReportOptions(new Node()), { options: {} });
    assert.deepEqual(parseReportOptions(undefined), { options: {} });
  });

  it('rejects a malformed week', () => {
    assert.deepEqual(parseReportOptions({ week: '2026-W60' }), {
      error: 'Option "week" must be an ISO week like 2026-W47.',
    });
  });

  it('rejects week 53 of a 52-week year, and an impossible date', () => {
    assert.deepEqual(parseReportOptions({ week: '2025-W53' }), {
      error: 'Option "week" must be an ISO week like 2026-W47.',
    });
    assert.ok('options' in parseReportOptions({ week: '2026-W53' }), '2026 has 53 ISO weeks');
    assert.deepEqual(parseReportOptions({ asOf: '2026-02-30' }), {
      error: 'Option "asOf" must be a date like 2026-11-25.',
    });
  });

  it('rejects a path smuggled in as a week', () => {
    assert.ok('error' in parseReportOptions({ week: '../../etc/passwd' }));
  });

  it('accepts a workspace folder by name or URI, and rejects a blank one', () => {
    assert.deepEqual(parseReportOptions({ folder: 'billing' }), { options: { folder: 'billing' } });
    assert.deepEqual(parseReportOptions({ folder: 'file:///repos/billing' }), {
      options: { folder: 'file:///repos/billing' },
    });
    assert.deepEqual(parseReportOptions({ folder: ' ' }), {
      error: 'Option "folder" must be the name or URI of a workspace folder.',
    });
  });

  it('rejects unknown options', () => {
    assert.deepEqual(parseReportOptions({ path: '/tmp/x' }), { error: 'Unknown option "path".' });
  });

  it('places reports where DESIGN.md says', () => {
    assert.equal(reportPath('weekly', '2026-W47'), '.delivery/updates/2026-W47.md');
    assert.equal(reportPath('roadmap', '2026-11-25'), '.delivery/reviews/roadmap-2026-11-25.md');
    assert.equal(reportPath('quarterly', '2026-Q4'), '.delivery/reviews/quarter-2026-Q4.md');
  });

  it('offers recent weeks newest first', () => {
    assert.deepEqual(recentWeeks('2026-11-25', 3), ['2026-W48', '2026-W47', '2026-W46']);
  });

  it('offers recent quarters across a year boundary', () => {
    assert.deepEqual(recentQuarters('2026-02-01', 3), ['2026-Q1', '2025-Q4', '2025-Q3']);
  });
});

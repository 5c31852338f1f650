import * as assert from 'node:assert/strict';
import { blocking, validateWeeklyStatus } from '../../../src/core/status/validate';
import type { WeeklyStatus } from '../../../src/core/status/types';

function valid(): WeeklyStatus {
  return {
    week: '2026-W47',
    author: 'Dana Kim',
    headline: 'On track',
    backlog: '134',
    initiatives: [
      {
        id: 'pay',
        status: 'on-track',
        progress: '',
        next: '',
        blockers: [{ blocker: 'PCI audit', since: '2026-11-02', owner: 'Priya Shah' }],
        decisions: [{ decision: 'Second contractor', by: '' }],
      },
    ],
  };
}

const fields = (status: WeeklyStatus) => validateWeeklyStatus(status).map((e) => e.field);

describe('validateWeeklyStatus', () => {
  it('accepts a complete status', () => {
    assert.deepEqual(validateWeeklyStatus(valid()), []);
  });

  it('requires a health for every initiative shown', () => {
    const status = valid();
    status.initiatives[0].status = '';
    assert.deepEqual(fields(status), ['initiatives.pay.status']);
  });

  it('warns about a blocker without an owner, and the warning does not stop the save', () => {
    const status = valid();
    status.initiatives[0].blockers[0].owner = '  ';
    const problems = validateWeeklyStatus(status);
    assert.deepEqual(problems, [
      {
        field: 'initiatives.pay.blockers.0.owner',
        message: 'No owner yet: name one person who will clear this blocker.',
        severity: 'warning',
      },
    ]);
    assert.deepEqual(blocking(problems), []);
  });

  it('checks a blocker owner as an initiative owner is checked: "Legal team" is not one person', () => {
    const status = valid();
    status.initiatives[0].blockers[0].owner = 'Legal team';
    const [warning] = validateWeeklyStatus(status);
    assert.equal(warning.severity, 'warning');
    assert.match(warning.message, /^The owner "Legal team" names a group \("team"\)/);
  });

  it('rejects a since that is not a calendar date', () => {
    const status = valid();
    status.initiatives[0].blockers[0].since = '2026-02-30';
    assert.deepEqual(fields(status), ['initiatives.pay.blockers.0.since']);
  });

  it('accepts a decision with no date but rejects a malformed one', () => {
    const status = valid();
    status.initiatives[0].decisions[0].by = 'next week';
    assert.deepEqual(fields(status), ['initiatives.pay.decisions.0.by']);
  });

  it('rejects a backlog that is not a whole number', () => {
    assert.deepEqual(fields({ ...valid(), backlog: '12.5' }), ['backlog']);
    assert.deepEqual(fields({ ...valid(), backlog: '' }), []);
  });

  it('rejects a week that is not an ISO week', () => {
    assert.deepEqual(fields({ ...valid(), week: '2026-47' }), ['week']);
  });
});

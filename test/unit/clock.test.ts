import * as assert from 'node:assert/strict';
import { AS_OF_OPTION, asOfDate, parseCommandArgs, UsageError } from '../../src/cli/args';
import { AS_OF_VARIABLE, clockFromEnv, pinnedClock, systemClock } from '../../src/core/clock';
import { todayIn } from '../../src/core/dates';
import { DeliveryError } from '../../src/core/errors';

describe('clock', () => {
  it('reads the machine date in the plan time zone when nothing pins it', () => {
    const clock = clockFromEnv({});
    assert.equal(clock, systemClock);
    assert.equal(clock.pinned, undefined);
    assert.equal(clock.today('Pacific/Kiritimati'), todayIn('Pacific/Kiritimati'));
  });

  it('gives the pinned date in every time zone', () => {
    const clock = clockFromEnv({ [AS_OF_VARIABLE]: '2026-12-31' });
    assert.equal(clock.pinned, '2026-12-31');
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])
      assert.equal(clock.today(zone), '2026-12-31');
    assert.deepEqual(pinnedClock('2027-01-04').today('Europe/Berlin'), '2027-01-04');
  });

  it('treats a blank variable as unset', () => {
    assert.equal(clockFromEnv({ [AS_OF_VARIABLE]: '  ' }), systemClock);
  });

  it('refuses a variable that is not a real date, naming it and what to do', () => {
    for (const value of ['tomorrow', '2026-02-30', '2026-W53']) {
      assert.throws(
        () => clockFromEnv({ [AS_OF_VARIABLE]: value }),
        (error: unknown) =>
          error instanceof DeliveryError &&
          error.message.includes(AS_OF_VARIABLE) &&
          error.message.includes(value) &&
          /2026-11-25/.test(error.hint ?? ''),
      );
    }
  });

  describe('the CLI', () => {
    const saved = process.env[AS_OF_VARIABLE];
    afterEach(() => {
      if (saved === undefined) delete process.env[AS_OF_VARIABLE];
      else process.env[AS_OF_VARIABLE] = saved;
    });

    it('takes today from the pinned clock when --as-of is absent', () => {
      process.env[AS_OF_VARIABLE] = '2027-01-03';
      assert.equal(asOfDate(parseCommandArgs([], AS_OF_OPTION), 'Asia/Tokyo'), '2027-01-03');
    });
    it('lets --as-of win over the pinned clock', () => {
      process.env[AS_OF_VARIABLE] = '2027-01-03';
      assert.equal(asOfDate(parseCommandArgs(['--as-of', '2026-11-25'], AS_OF_OPTION), 'UTC'), '2026-11-25');
    });
    it('turns a bad variable into a usage error', () => {
      process.env[AS_OF_VARIABLE] = 'next friday';
      assert.throws(
        () => asOfDate(parseCommandArgs([], AS_OF_OPTION), 'UTC'),
        (error: unknown) => error instanceof UsageError && error.message.includes(AS_OF_VARIABLE),
      );
    });
  });
});

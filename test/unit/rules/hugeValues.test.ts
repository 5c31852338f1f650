// Lint runs as the user types, so no value may cost more than its length: every value of a plan,
// up to the 1 MiB a file may hold, lints in linear time. Measured as a ratio (a 1 MB value against
// a 100 KB one, best of five each), never as a wall time; quadratic work shows as about 100×,
// linear work as 15–30× here (the garbage collector works harder on the larger strings) and up to
// about 55× on a machine busy with other work: the bound sits between.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDeliveryFiles } from '../../../src/core/load';
import { lint } from '../../../src/core/rules/index';

/** One file per place a value can sit, so each file holds the value once and stays under 1 MiB. */
function plan(value: string): { path: string; text: string }[] {
  const q = JSON.stringify(value);
  const initiative = (name: string, body: string) => ({ path: `.delivery/initiatives/${name}.yaml`, text: body });
  return [
    { path: '.delivery/config.yaml', text: 'team: Checkout\n' },
    initiative('title', `title: ${q}\nowner: Dana Kim\n`),
    initiative('owner', `title: T\nowner: ${q}\n`),
    ...['why', 'status', 'target', 'roadmap'].map((key) =>
      initiative(key, `title: T\nowner: Dana Kim\n${key}: ${q}\n`),
    ),
    initiative('paths', `title: T\nowner: Dana Kim\nmatch:\n  paths: [${q}]\n`),
    initiative('blocker', `title: T\nowner: Dana Kim\nblockers:\n  - blocker: ${q}\n`),
    initiative(
      'blocker-owner',
      `title: T\nowner: Dana Kim\nblockers:\n  - blocker: B\n    owner: ${q}\n    since: 2026-11-02\n`,
    ),
    { path: '.delivery/status/2026-W46.yaml', text: `week: 2026-W46\nheadline: ${q}\n` },
    { path: '.delivery/status/2026-W47.yaml', text: `week: 2026-W47\ninitiatives:\n  ${q}:\n    status: on-track\n` },
  ];
}

/** The unit repeated to `bytes` of YAML (JSON escapes count). */
function valueOf(unit: string, bytes: number): string {
  const encoded = JSON.stringify(unit).length - 2;
  return unit.repeat(Math.floor(bytes / encoded));
}

function bestTime(value: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    lint(parseDeliveryFiles('/plan', plan(value)), { asOf: '2026-11-25' });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('a huge value', () => {
  it('lints in time linear in its length, whatever it repeats (1 MB against 100 KB)', function () {
    this.timeout(180_000);
    const unit = fc.string({
      unit: fc.constantFrom('a', ' ', '@', '<', '>', '.', ',', ';', '\n', '\t', '*', '/', '-', ':', '#', '(', ')', 'é'),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(unit, (repeated) => {
        const small = bestTime(valueOf(repeated, 100_000));
        const large = bestTime(valueOf(repeated, 1_000_000));
        assert.ok(
          large / small < 70,
          `${JSON.stringify(repeated)}: 100 KB in ${small.toFixed(1)} ms, 1 MB in ${large.toFixed(1)} ms`,
        );
      }),
      { numRuns: 4, examples: [['a'], ['a '], ['a\n'], [' \n']] },
    );
  });

  it('still gets its findings: an owner of 200,000 letters is not a person', () => {
    const findings = lint(parseDeliveryFiles('/plan', plan('a'.repeat(200_000))), { asOf: '2026-11-25' });
    const owner = findings.find((f) => f.code === 'owner-not-a-person' && f.file.endsWith('owner.yaml'));
    assert.match(owner?.message ?? '', /200000 characters long/);
  });
});

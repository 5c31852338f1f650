// Builds a model from inline files, so each test shows the exact YAML it is about.

import { parseDeliveryFiles } from '../../../src/core/load';
import type { DeliveryModel, Finding, RuleCode, SlipLedger } from '../../../src/core/model';
import { lint } from '../../../src/core/rules';

export function modelOf(files: Record<string, string>): DeliveryModel {
  return parseDeliveryFiles(
    '/workspace',
    Object.entries(files).map(([path, text]) => ({ path: `.delivery/${path}`, text })),
  );
}

/** The findings of one code for a folder given as `{ 'initiatives/x.yaml': '…' }`. */
export function findings(
  files: Record<string, string>,
  code: RuleCode,
  asOf = '2026-11-25',
  ledger?: SlipLedger,
): Finding[] {
  return lint(modelOf(files), { asOf, ledger }).filter((f) => f.code === code);
}

/** A complete, healthy initiative; tests override one field at a time. */
export function initiative(fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    title: 'Payments revamp',
    owner: 'Dana Kim <dana@acme.io>',
    why: 'Cut checkout drop-off from 9% to 6%',
    status: 'on-track',
    target: '2026-Q4',
    outcome: '{metric: Checkout conversion, baseline: 2.1%, target: 2.6%}',
    ...fields,
  };
  return Object.entries(base)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}\n`)
    .join('');
}

export const FRESH_STATUS = {
  'status/2026-W47.yaml': 'week: 2026-W47\ninitiatives:\n  payments: {status: on-track}\n',
};

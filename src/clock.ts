// The extension's clock, chosen once at start-up: pinned by DELIVERY_RHYTHM_AS_OF (demos, tests,
// a look at how the plan stood on a past day), else the machine's date.
import type * as vscode from 'vscode';
import { AS_OF_VARIABLE, clockFromEnv, systemClock, type Clock } from './core/clock';
import { describeError } from './log';

export function startupClock(log: vscode.LogOutputChannel): Clock {
  try {
    const clock = clockFromEnv(process.env);
    if (clock.pinned) log.info(`today is ${clock.pinned}, pinned by ${AS_OF_VARIABLE}`);
    return clock;
  } catch (error) {
    log.error(`${describeError(error)} Using today's date.`);
    return systemClock;
  }
}

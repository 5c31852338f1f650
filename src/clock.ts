// The extension's clock, chosen once at start-up: pinned by DELIVERY_RHYTHM_AS_OF (demos, tests,
// a look at how the plan stood on a past day), else the machine's date.
import type * as vscode from 'vscode';
import { AS_OF_VARIABLE, clockFromEnv, pinnedClock, systemClock, type Clock } from './core/clock';
import type { IsoDate } from './core/model';
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

/** The clock the extension reads: the start-up clock, or a date pinned later (the integration tests' hook). */
export class PinnableClock implements Clock {
  private current: Clock;

  constructor(private readonly startup: Clock) {
    this.current = startup;
  }

  get pinned(): IsoDate | undefined {
    return this.current.pinned;
  }

  today(timeZone: string): IsoDate {
    return this.current.today(timeZone);
  }

  /** Pins "today" (undefined: back to the start-up clock). */
  pin(date: IsoDate | undefined): void {
    this.current = date ? pinnedClock(date) : this.startup;
  }
}

// A report counts its days in the plan's time zone. A `timezone` in config.yaml that names no known
// zone leaves the plan in UTC, which would shift the report's week without a word: reports refuse it.
import { DeliveryError } from '../errors';
import type { Config, DeliveryModel } from '../model';

const CONFIG = '.delivery/config.yaml';

/** Throws a DeliveryError naming config.yaml, the line and the value when its time zone is unknown. */
export function checkPlanZone(config: Config): void {
  const unknown = config.unknownTimezone;
  if (!unknown) return;
  throw new DeliveryError(
    `${CONFIG} line ${unknown.line}: unknown time zone '${unknown.value}', so the report cannot count days in the team's time zone.`,
    `Write an IANA name there, such as \`timezone: Europe/Berlin\`, and run it again.`,
    CONFIG,
  );
}

/** A past plan whose config.yaml had an unknown time zone, told in the zone the working tree's names (fixed since). */
export function withKnownZone(model: DeliveryModel, working: Config): DeliveryModel {
  if (!model.config.unknownTimezone) return model;
  const config = { ...model.config, timezone: working.timezone };
  delete config.unknownTimezone;
  return { ...model, config };
}

// The day a report on a window is told as of: the day asked, or the window's last day when that is
// earlier. A past week then reads the same whatever day it is asked on (DESIGN, "A week as it stood"),
// and every report of that week (a team's update, the director's roll-up) names the same day.
import type { IsoDate } from '../model';

export function toldAsOf(asOf: IsoDate, window: { until: IsoDate } | undefined): IsoDate {
  return window && window.until < asOf ? window.until : asOf;
}

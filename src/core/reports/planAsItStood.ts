// The plan a report is told with: for a window that ended before the as-of date, the plan as
// committed on the branch at the end of the window's last day; else the working tree (with the
// edits not yet committed). When the plan was not in git yet at that day, the oldest committed
// plan, else the working tree, and the report says so in one line.
import { addDays } from '../dates';
import { assertBranchReadable } from '../git/available';
import { readOldestPlan, readPlanAt, type CommittedPlan } from '../git/planAt';
import type { GitOptions } from '../git/run';
import { localDate, startOfDay } from '../git/zone';
import { loadDeliveryFolder, parseDeliveryFiles } from '../load';
import { schema } from '../parse/deliveryFiles';
import type { DeliveryModel, IsoDate } from '../model';

export interface PlanSource {
  /** `git`: committed at the report's date; `oldest-commit`: committed later; `working-tree`: the files as they are. */
  source: 'git' | 'oldest-commit' | 'working-tree';
  sha: string | null;
  /** The day of that commit, in the plan's time zone. */
  date: IsoDate | null;
  /** One line for the reader when the plan is not the one of the report's date, or some of its files could not be read in full. */
  note: string | null;
}

export const WORKING_TREE: PlanSource = { source: 'working-tree', sha: null, date: null, note: null };

export async function planAsItStood(
  root: string,
  day: IsoDate,
  options: { branch: string; timeZone: string } & GitOptions,
): Promise<{ model: DeliveryModel; plan: PlanSource }> {
  const { branch, timeZone } = options;
  const git: GitOptions = { signal: options.signal };
  // Says precisely why when the branch cannot be read (no repository, no commits, a shallow clone).
  await assertBranchReadable(root, branch, git);
  const at = await readPlanAt(root, branch, startOfDay(addDays(day, 1), timeZone) - 1000, git);
  if (at) return { model: modelOf(root, at), plan: committed('git', at, timeZone, null) };
  const oldest = await readOldestPlan(root, branch, git);
  if (oldest) {
    const date = localDate(oldest.at, timeZone);
    return {
      model: modelOf(root, oldest),
      plan: committed(
        'oldest-commit',
        oldest,
        timeZone,
        `The plan was not in git on ${day}: this report uses the oldest committed plan, of ${date} (${oldest.sha.slice(0, 7)}).`,
      ),
    };
  }
  const model = await loadDeliveryFolder(root);
  return {
    model,
    plan: {
      ...WORKING_TREE,
      note: `The plan was never committed on ${branch}: this report uses the files as they are now.`,
    },
  };
}

/** The committed files parsed, and the ones git gave no text for named as the working tree's reader names them. */
function modelOf(root: string, plan: CommittedPlan): DeliveryModel {
  const model = parseDeliveryFiles(root, plan.files);
  model.problems.push(...plan.unreadable.map(({ path, problem }) => schema(path, problem)));
  return model;
}

function committed(
  source: 'git' | 'oldest-commit',
  plan: CommittedPlan,
  timeZone: string,
  note: string | null,
): PlanSource {
  return { source, sha: plan.sha, date: localDate(plan.at, timeZone), note };
}

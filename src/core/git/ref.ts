// Which ref names are passed to git: plain branch and tag names only. Apart from run.ts, so the
// config parser can check a name without loading the git runner.
const REF = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+(?<!\.lock)(?<![/.])$/;

/** True when `ref` is a plain branch or tag name we are willing to pass to git. */
export function isSafeRef(ref: string): boolean {
  return ref.length > 0 && ref.length <= 200 && REF.test(ref);
}

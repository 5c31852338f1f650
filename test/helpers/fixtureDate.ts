// The date every real-host test tells the example plan as of: the day its history ends (a
// Wednesday of 2026-W48). Pinned, so the suite gives the same answer on any day the machine is in.
export const FIXTURE_TODAY = '2026-11-25';

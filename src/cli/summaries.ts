// One line per command, shown by the top-level usage and at the head of each command's --help.

export const SUMMARIES = {
  lint: 'Check the .delivery/ folder against the format and the rules',
  update: 'Write the weekly executive update from the plan and what shipped in git',
  review: 'Write the roadmap review or the quarterly delivery-health review',
  rollup: "Write a director's update from many teams' weekly updates (folders or update JSON files)",
} as const;

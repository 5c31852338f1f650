// Each field's visible label, said the same on its card, in the summary and in a conflict.
import type { CardField } from '../src/core/status/fieldKeys';

export const FIELD_LABELS: Record<'headline' | 'author' | 'backlog' | CardField, string> = {
  headline: 'Headline',
  author: 'Author',
  backlog: 'Open backlog items',
  status: 'Health',
  progress: 'Progress this week',
  next: 'Next',
  blockers: 'Blockers',
  decisions: 'Decisions needed',
};

// A failure signal of the delivery rhythm: whether it fires and, in one sentence, why.

export type SignalCode =
  'constant-reprioritization' | 'missed-commitments' | 'backlog-growth' | 'output-without-outcomes';

export interface Signal {
  code: SignalCode;
  title: string;
  fires: boolean;
  /** The figure behind it (changes per initiative per month, a share 0–1, a backlog change); null without data. */
  value: number | null;
  /** Why it fires or not, one sentence. */
  summary: string;
  details: string[];
}

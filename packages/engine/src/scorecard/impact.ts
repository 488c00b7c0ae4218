/** @module What a scorecard changes in the stored records: after a re-score, or before publishing a draft (the server measures; the designer shows). */

/** One move between grades and how many records made it; null for no score (never scored, or one that failed). */
export interface GradeMove {
  readonly from: string | null;
  readonly to: string | null;
  readonly count: number;
}

/** A score on one side of an impact: null total for none, or one that failed. */
export interface ScoreSide {
  readonly total: number | null;
  readonly grade: string | null;
}

/** One record whose score a draft changes. */
export interface ImpactExample {
  readonly recordId: string;
  /** Its label field's value; null when it has none or the field is hidden from the reader. */
  readonly label: string | null;
  readonly now: ScoreSide;
  readonly draft: ScoreSide;
}

/** What publishing a scorecard's saved draft (at `revision`) would change in the live records of its form. */
export interface DraftImpact {
  readonly revision: number;
  readonly formId: string;
  /** Live records of the form, all scored by the draft (those out of the reader's reach too). */
  readonly records: number;
  readonly changedScores: number;
  readonly changedGrades: number;
  /** Moves between grades, most first. */
  readonly moves: readonly GradeMove[];
  /** The records that move grade, then those whose total moves most, that the reader reaches (at most 10). */
  readonly examples: readonly ImpactExample[];
}

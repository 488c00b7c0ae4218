/** @module What a scorecard changes in the stored records: after a re-score, or before publishing a draft (the server measures; the designer shows). */
import type { LocalizedText } from '../core/localized.js';
import type { PolicyType } from './types.js';

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

/**
 * How a draft changes one credit policy's values (a limit, terms) over the records: the values
 * the records' current scores give beside those the draft gives.
 */
export interface PolicyImpact {
  readonly id: string;
  /** Its name and type in the draft, else (a policy the draft drops) in the live version; null where neither has it (one an older version had). */
  readonly name: LocalizedText | null;
  readonly type: PolicyType | null;
  /** A policy the live version has and the draft drops. */
  readonly dropped: boolean;
  /** Records whose value changes, one that gains or loses a value included. */
  readonly changed: number;
  /**
   * A money policy's values added up over the records (the credit the policy would grant), now
   * and by the draft; null for any other type, and for one whose type the draft changes.
   */
  readonly total: { readonly now: number; readonly draft: number } | null;
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
  /** The policies whose value changes for at least one record, in the draft's order (then those it drops). */
  readonly policies: readonly PolicyImpact[];
}

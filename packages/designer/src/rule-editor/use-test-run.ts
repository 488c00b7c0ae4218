/** @module The test panel's run: the rule set re-run on the sample whenever either changes, the latest answer kept. */
import type { CompiledForm, Problem, ReferenceContext, RuleSetDefinition } from '@heng/engine';
import { useEffect, useState } from 'react';
import { testRuleSet } from './test-run.js';
import type { TestInput, TestOutcome } from './test-run.js';

/**
 * The outcome of running `def` on `input`, or `undefined` until the first run ends. Runs are
 * asynchronous (json-rules-engine's are): an answer that arrives after a newer run started is dropped.
 *
 * @example
 * const outcome = useTestRun(def, ctx, compiledForm, problems, { record, event, today });
 */
export function useTestRun(def: RuleSetDefinition, ctx: ReferenceContext, form: CompiledForm | undefined, problems: readonly Problem[], input: TestInput): TestOutcome | undefined {
  const [outcome, setOutcome] = useState<TestOutcome>();
  const { record, event, today } = input;
  useEffect(() => {
    let current = true;
    void testRuleSet(def, ctx, form, problems, { record, event, today }).then((o) => {
      if (current) setOutcome(o);
    });
    return () => {
      current = false;
    };
  }, [def, ctx, form, problems, record, event, today]);
  return outcome;
}

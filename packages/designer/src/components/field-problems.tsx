/** @module Validation problems shown under the field they belong to, in the current language. */
import type { Problem } from '@heng/engine';
import { Typography } from 'antd';
import { useLang } from '../i18n/use-lang.js';
import { problemText } from '../ops/index.js';

/** The problems, one line each; nothing when there are none. */
export function FieldProblems({ problems }: { readonly problems: readonly Problem[] }) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="heng-problems">
      {problems.map((p, i) => (
        <Typography.Text key={`${p.path}:${p.code}:${i}`} type="danger" style={{ display: 'block', fontSize: 12, lineHeight: 1.4 }}>
          {problemText(p, lang)}
        </Typography.Text>
      ))}
    </div>
  );
}

/** The antd status of an input with these problems. */
export function statusOf(problems: readonly Problem[]): 'error' | undefined {
  return problems.length > 0 ? 'error' : undefined;
}

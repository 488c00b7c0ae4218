/** @module A grade as people read it: the grade and its label, in the grade's color. */
import type { LocalizedText } from '@heng/engine';
import { Tag } from 'antd';
import type { TagProps } from 'antd';
import { useLang } from '../i18n/use-lang.js';

/** The grade, its label (as the scorecard version that scored gave it) and color. */
export type GradeTagProps = Omit<TagProps, 'color' | 'children'> & {
  readonly grade: string;
  readonly label: LocalizedText | null | undefined;
  readonly color: string | null | undefined;
};

/**
 * A grade tag, as a record's score tab, an approval and a record list show it.
 *
 * @example
 * <GradeTag grade="A" label={{ 'zh-CN': '优', en: 'Excellent' }} color="#2e7d32" />
 */
export function GradeTag({ grade, label, color, ...rest }: GradeTagProps) {
  const lang = useLang();
  return (
    <Tag color={color ?? undefined} {...rest}>
      {grade} · {label?.[lang]}
    </Tag>
  );
}

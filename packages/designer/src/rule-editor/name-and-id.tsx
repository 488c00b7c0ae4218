/** @module An option of a picker of named things (a scorecard, a flow): the name, its id beside in grey. */
import { Flex } from 'antd';
import type { ReactNode } from 'react';

/**
 * A Select's `optionRender`: the option's label, its value beside.
 *
 * @example
 * <Select options={[{ value: 'credit_score', label: '信用评分' }]} optionRender={nameAndId} />
 */
export function nameAndId(option: { readonly label?: ReactNode; readonly value?: string | number }) {
  return (
    <Flex justify="space-between" gap={8}>
      <span>{option.label}</span>
      <span className="heng-muted">{option.value}</span>
    </Flex>
  );
}

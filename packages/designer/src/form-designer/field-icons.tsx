/** @module One icon per field type, shared by the palette, the canvas cards and the column list. */
import {
  AlignLeftOutlined,
  CalendarOutlined,
  CheckCircleOutlined,
  CheckSquareOutlined,
  FieldNumberOutlined,
  FieldTimeOutlined,
  FontSizeOutlined,
  CalculatorOutlined,
  FunctionOutlined,
  ImportOutlined,
  LinkOutlined,
  NumberOutlined,
  PayCircleOutlined,
  PercentageOutlined,
  TableOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { FieldType } from '@heng/engine';
import type { ReactNode } from 'react';

const icons: Readonly<Record<FieldType, ReactNode>> = {
  text: <FontSizeOutlined />,
  long_text: <AlignLeftOutlined />,
  number: <NumberOutlined />,
  money: <PayCircleOutlined />,
  percent: <PercentageOutlined />,
  date: <CalendarOutlined />,
  datetime: <FieldTimeOutlined />,
  boolean: <CheckSquareOutlined />,
  single_select: <CheckCircleOutlined />,
  multi_select: <UnorderedListOutlined />,
  user: <UserOutlined />,
  reference: <LinkOutlined />,
  sub_table: <TableOutlined />,
  formula: <FunctionOutlined />,
  lookup: <ImportOutlined />,
  rollup: <CalculatorOutlined />,
  serial: <FieldNumberOutlined />,
};

/** The icon of a field type. */
export function FieldIcon({ type }: { readonly type: FieldType }) {
  return <span className="fd-type-icon">{icons[type]}</span>;
}

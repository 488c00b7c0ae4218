/** @module The dashboards page's messages in both languages. */
import type { Strings } from '../types.js';

export const dashboardsEn = {
  title: 'Dashboards',
  pick: 'Dashboard',
  none: 'No dashboard is published yet.',
  noneHint: 'Admins design dashboards as definitions of kind “dashboard” (charts over forms’ records, with filters) and publish them; templates bring their own.',
  refresh: 'Refresh',
  filters: {
    title: 'Filters',
    all: 'All',
    clear: 'Clear filters',
    hidden: 'This filter reads a field hidden from your role.',
  },
  chart: {
    empty: 'No records to show.',
    hidden: 'Hidden from your role',
    invalid: 'This chart no longer fits the published forms: an admin needs to fix it.',
    truncated: 'Only the first groups are shown: narrow the chart with a filter.',
    total: 'Total {{value}}',
    data: 'Data of “{{title}}”',
    group: 'Group',
    value: 'Value',
  },
};

export const dashboardsZh: Strings<typeof dashboardsEn> = {
  title: '报表看板',
  pick: '看板',
  none: '尚未发布任何报表看板。',
  noneHint: '管理员以“报表看板”类型的定义设计看板（基于表单记录的图表与筛选）并发布；模板也自带看板。',
  refresh: '刷新',
  filters: {
    title: '筛选',
    all: '全部',
    clear: '清除筛选',
    hidden: '此筛选读取的字段对您的角色不可见。',
  },
  chart: {
    empty: '没有可显示的记录。',
    hidden: '对您的角色不可见',
    invalid: '此图表已不符合已发布的表单：需由管理员修正。',
    truncated: '仅显示前面的分组：请用筛选缩小范围。',
    total: '合计 {{value}}',
    data: '“{{title}}”的数据',
    group: '分组',
    value: '数值',
  },
};

/** @module The demo company's people: one user per role of the template, three salespeople under their manager, fixed emails. */
import type { DemoUser } from './types.js';

/** The domain of the demo users' emails: `.test` is reserved, so no mail can reach anyone. */
const DOMAIN = 'demo.heng.test';

/** The demo users; the salespeople report to the sales manager, who reports to the sales director. */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'chen', email: `admin@${DOMAIN}`, displayName: '陈志强（老板）', roles: ['admin'] },
  { key: 'wang', email: `sales.director@${DOMAIN}`, displayName: '王建国（销售总监）', roles: ['sales_director'], manager: 'chen' },
  { key: 'sun', email: `sales.manager@${DOMAIN}`, displayName: '孙丽（销售经理）', roles: ['sales_manager'], manager: 'wang' },
  { key: 'zhou', email: `zhou@${DOMAIN}`, displayName: '周杰（销售）', roles: ['salesperson'], manager: 'sun' },
  { key: 'wu', email: `wu@${DOMAIN}`, displayName: '吴敏（销售）', roles: ['salesperson'], manager: 'sun' },
  { key: 'zheng', email: `zheng@${DOMAIN}`, displayName: '郑浩然（销售）', roles: ['salesperson'], manager: 'sun' },
  { key: 'zhao', email: `risk@${DOMAIN}`, displayName: '赵磊（风控专员）', roles: ['risk_officer'], manager: 'chen' },
  { key: 'qian', email: `finance@${DOMAIN}`, displayName: '钱芳（财务总监）', roles: ['finance_director'], manager: 'chen' },
  { key: 'feng', email: `legal@${DOMAIN}`, displayName: '冯静（法务）', roles: ['legal'], manager: 'chen' },
];

/** The salespeople, who own the customers in turn. */
export const SALESPEOPLE = DEMO_USERS.filter((u) => u.roles.includes('salesperson')).map((u) => u.key);

/** The one password of every demo user, printed at start and in the README. */
export const DEMO_PASSWORD = 'heng-demo-2025';

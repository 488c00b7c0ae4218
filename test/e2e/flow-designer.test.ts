import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditApplication, creditApproval } from '../../packages/designer/src/samples/credit-approval.js';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  // The credit approval flow asks the boss, a role the company adds to the builtin ones.
  await seed.role('boss', '老板', 'Boss');
  await seed.saveAndPublish('form', creditApplication);
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const classOf = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('class');
const onRoute = (page: Page, id: string) => expect.poll(() => classOf(page, `flow-node-${id}`)).toContain('on-route');
const offRoute = (page: Page, id: string) => expect.poll(() => classOf(page, `flow-node-${id}`)).toContain('off-route');

/** The sample flow's draft, as the engine's example has it (edits autosave, so each test starts from it again). */
async function openDesigner(lang: 'zh-CN' | 'en'): Promise<Page> {
  await seed.save('flow', creditApproval);
  const page = await h.page(lang, { signedIn: true });
  await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/credit_approval`);
  await page.getByTestId('flow-node-risk_finance').waitFor();
  return page;
}

/** Closes the page once its edits are saved, so none lands after the next test's reset. */
async function close(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
  await page.close();
}

/** Types a grade and an amount into the simulator. */
async function simulate(page: Page, labels: { readonly grade: string; readonly amount: string }, grade: string, amount: number): Promise<void> {
  const sim = page.getByTestId('flow-simulator');
  await sim.getByRole('radiogroup', { name: labels.grade }).getByText(grade, { exact: true }).click();
  const money = sim.getByLabel(labels.amount);
  await money.fill(String(amount));
  await money.press('Tab');
}

async function closePanel(page: Page): Promise<void> {
  await page.locator('.ant-drawer-close').click();
  await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
}

describe('approval flow designer in the browser', () => {
  it('adds a branch, shows its problem on the card, undoes it, and simulates two routes', async () => {
    const page = await openDesigner('en');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    await page.getByTestId('flow-add-condition-route').click();
    const added = page.getByTestId('flow-lane-condition_1');
    await added.getByText('has no condition, so it takes every record', { exact: false }).waitFor();
    await page.getByTestId('problem-count').getByText('2 problems').waitFor();
    await page.getByText('Conditions are tried left to right').waitFor();
    // Let the panel finish sliding in, so the artifact shows it.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}flow-designer-new-branch-en.png` });
    await closePanel(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await added.waitFor({ state: 'detached' });
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const labels = { grade: 'Grade', amount: 'Amount applied for' };
    await simulate(page, labels, 'C', 800000);
    await onRoute(page, 'risk_finance');
    await offRoute(page, 'director_only');
    await page.getByTestId('flow-route').getByText('Countersign: zhao, qian').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-c-en.png` });

    await simulate(page, labels, 'A', 400000);
    await onRoute(page, 'director_only');
    await offRoute(page, 'risk_finance');
    await page.getByTestId('flow-route').getByText('Or-sign: wang').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-a-en.png` });
    await close(page);
  });

  it('simulates in Chinese and edits a node in its panel', async () => {
    const page = await openDesigner('zh-CN');
    const labels = { grade: '信用等级', amount: '申请额度' };
    await simulate(page, labels, 'C', 800000);
    await onRoute(page, 'risk_finance');
    await page.getByTestId('flow-route').getByText('会签：zhao、qian').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-c-zh-CN.png` });

    await page.getByTestId('flow-node-risk_finance').click();
    await page.getByText('会签：须所有人同意').waitFor();
    await page.getByText('依次审批：按顺序逐个审批').click();
    await page.getByTestId('flow-route').getByText('依次审批：zhao、qian').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}flow-designer-panel-zh-CN.png` });
    await closePanel(page);

    // The sample to go back to is grade A / 400,000.
    await page.getByRole('button', { name: '恢复示例数据' }).click();
    await onRoute(page, 'director_only');
    await page.screenshot({ path: `${artifacts}flow-designer-route-a-zh-CN.png` });
    await close(page);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
});

afterAll(async () => {
  await h?.close();
});

const drawer = (page: Page) => page.getByTestId('person-drawer');

/** A button's name as Ant Design writes it: a two-character Chinese one spaced (保 存), after its icon's name (plus 添加角色). */
const named = (text: string) => ({ name: new RegExp(`(^|\\s)${[...text].join('\\s?')}$`) });

/** Picks `option` in the select labelled `label` inside the drawer, by typing it; a multiple one's list is then closed (a single one closes itself, and Escape would close the drawer). */
async function choose(page: Page, label: string, option: string, multiple = true): Promise<void> {
  const box = drawer(page).getByRole('combobox', { name: label });
  await box.click();
  await box.pressSequentially(option);
  // A role by its whole name (销售, not 销售总监); a manager by the start of theirs (林芳（lin@…）).
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(multiple ? `^${option}$` : `^${option}`) }).first().click();
  if (multiple) await page.keyboard.press('Escape');
}

/** Signs in as `email` with `password` on the login page, in Chinese; the page after it. */
async function signInAs(email: string, password: string): Promise<Page> {
  const page = await h.page('zh-CN');
  await page.goto(`${h.url}/login`);
  await page.getByLabel('企业代码').fill(ADMIN.tenant);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', named('登录')).click();
  return page;
}

describe('people and roles (成员与角色)', () => {
  it('lets the admin add a role of their own and a person holding it, with a manager, who then signs in', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}`);
    await page.getByRole('menuitem', { name: '成员与角色' }).click();
    await page.getByTestId('people-users').getByText(ADMIN.email).waitFor();

    // A role of the company's own.
    await page.getByRole('tab', { name: '角色' }).click();
    await page.getByRole('button', named('添加角色')).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByLabel('中文名称').fill('信用专员');
    await modal.getByLabel('英文名称').fill('Credit clerk');
    await modal.getByLabel('角色 ID').fill('credit clerk');
    await modal.getByRole('button', named('保存')).click();
    await modal.getByText('只能用字母、数字和 _，并以字母开头').waitFor();
    await modal.getByLabel('角色 ID').fill('credit_clerk');
    await modal.getByRole('button', named('保存')).click();
    await page.locator('[data-role=credit_clerk]').getByText('自定义').waitFor();

    // A person with that role and the sales role, reporting to the admin.
    await page.getByRole('tab', { name: '成员' }).click();
    await page.getByRole('button', named('添加成员')).click();
    await drawer(page).getByLabel('姓名').fill('周杰');
    await drawer(page).getByLabel('邮箱（用于登录）').fill('zhou@e2e.test');
    await drawer(page).getByLabel('密码').fill('short');
    await choose(page, '角色', '销售');
    await choose(page, '角色', '信用专员');
    await choose(page, '上级', ADMIN.displayName, false);
    await drawer(page).getByRole('button', named('保存')).click();
    await drawer(page).getByText('密码至少 10 个字符。').waitFor();
    await drawer(page).getByLabel('密码').fill('zhou-password-1');
    await drawer(page).getByRole('button', named('保存')).click();
    const row = page.locator('[data-user="zhou@e2e.test"]');
    await row.getByText('信用专员').waitFor();
    expect(await row.innerText()).toMatch(/周杰[\s\S]*信用专员[\s\S]*销售[\s\S]*林芳[\s\S]*已启用/);
    await page.screenshot({ path: `${artifacts}people-zh-CN.png`, fullPage: true });

    // The same e-mail again is refused in the drawer, saying why; nothing is added.
    await page.getByRole('button', named('添加成员')).click();
    await drawer(page).getByLabel('姓名').fill('周杰二');
    await drawer(page).getByLabel('邮箱（用于登录）').fill('zhou@e2e.test');
    await drawer(page).getByLabel('密码').fill('zhou-password-2');
    await drawer(page).getByRole('button', named('保存')).click();
    await drawer(page).getByTestId('person-error').waitFor();
    expect(await drawer(page).getByTestId('person-error').innerText()).toContain('zhou@e2e.test');
    await drawer(page).getByRole('button', named('取消')).click();
    const users = (await (await page.request.get('/api/users')).json()) as { email: string; displayName: string }[];
    expect(users.filter((u) => u.email === 'zhou@e2e.test').map((u) => u.displayName)).toEqual(['周杰']);
    await page.context().close();

    const zhou = await signInAs('zhou@e2e.test', 'zhou-password-1');
    await zhou.waitForURL((u) => u.pathname.startsWith(`/apps/${ADMIN.tenant}/`));
    expect(await zhou.getByTestId('current-user').innerText()).toContain('周杰');
    // Not an admin: no people page in the menu, and the page itself says to ask one.
    expect(await zhou.getByRole('menuitem', { name: '成员与角色' }).count()).toBe(0);
    await zhou.goto(`${h.url}/apps/${ADMIN.tenant}/people`);
    await zhou.getByText('只有管理员可以添加成员、修改角色。').waitFor();
    await zhou.context().close();
  });

  // Goes on from the person and role the test above added.
  it('deactivates a person, who then cannot sign in, and keeps a held role from being deleted; the admin cannot deactivate themselves', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/people`);
    const row = page.locator('[data-user="zhou@e2e.test"]');
    await row.getByRole('button', { name: '编辑 周杰' }).click();
    await drawer(page).getByRole('switch').click();
    await drawer(page).getByRole('button', named('保存')).click();
    await row.getByText('已停用').waitFor();
    await page.locator(`[data-user="${ADMIN.email}"]`).getByRole('button', { name: `编辑 ${ADMIN.displayName}` }).click();
    expect(await drawer(page).getByRole('switch').isDisabled()).toBe(true);
    await drawer(page).getByText('不能停用自己，可由其他管理员停用。').waitFor();
    await drawer(page).getByRole('button', named('取消')).click();
    await page.getByRole('tab', { name: '角色' }).click();
    expect(await page.locator('[data-role=credit_clerk]').getByRole('button', { name: '删除 信用专员' }).isDisabled()).toBe(true);
    await page.context().close();

    const refused = await signInAs('zhou@e2e.test', 'zhou-password-1');
    await refused.getByRole('alert').waitFor();
    expect(new URL(refused.url()).pathname).toBe('/login');
    await refused.context().close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const WRONG_EN = 'The company code, email or password is not right, or the account is disabled. Check them and try again.';
const WRONG_ZH = '企业代码、邮箱或密码不正确，或账号已停用。请检查后重试。';

const path = (page: Page) => new URL(page.url()).pathname;

/** The error antd shows under the field with this id (a form field's name path joined by `_`). */
const fieldError = (page: Page, id: string) => page.locator(`#${id}_help .ant-form-item-explain-error`);

describe('first run, sign out and sign in, in the browser against the real server', () => {
  it('sets up the company and admin, then signs out and in again', async () => {
    const page = await h.page('zh-CN');
    await page.goto(`${h.url}/`);
    await page.getByText('初始化「衡」').waitFor();
    expect(path(page)).toBe('/setup');
    await page.screenshot({ path: `${artifacts}setup-zh-CN.png` });

    // What the server refuses comes back as field problems, placed on their fields.
    await page.getByLabel('企业名称').fill('闽江机械');
    await page.getByLabel('企业代码').fill('Bad Code');
    await page.getByLabel('姓名').fill('林芳');
    await page.getByLabel('邮箱').fill('lin@example.com');
    await page.getByLabel('密码').fill('short');
    await page.getByRole('button', { name: '创建企业和管理员' }).click();
    await expect.poll(() => fieldError(page, 'slug').allInnerTexts()).toEqual(['企业代码须为 2–63 位小写字母、数字或连字符，以字母或数字开头（如 minjiang）。']);
    await expect.poll(() => fieldError(page, 'admin_password').allInnerTexts()).toEqual(['密码至少需要 10 个字符。']);
    await expect(fieldError(page, 'admin_email').count()).resolves.toBe(0);
    await page.getByText('请求有 2 处问题').waitFor();
    // Let the error messages finish fading in, so the artifact shows them.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}setup-problems-zh-CN.png`, fullPage: true });

    // The same problems follow a switch of language.
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => fieldError(page, 'slug').allInnerTexts()).toEqual(['Use 2–63 lowercase letters, digits or hyphens, starting with a letter or digit (e.g. minjiang).']);
    await expect.poll(() => fieldError(page, 'admin_password').allInnerTexts()).toEqual(['The password needs at least 10 characters.']);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}setup-problems-en.png`, fullPage: true });

    await page.getByLabel('Company code').fill('minjiang');
    await page.getByLabel('Password').fill('correct-horse-1');
    await page.getByRole('button', { name: 'Create company and admin' }).click();
    await page.getByTestId('current-user').getByText('林芳').waitFor();
    expect(path(page)).toBe('/apps/minjiang/forms');
    await page.screenshot({ path: `${artifacts}signed-in-en.png` });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Sign in to Heng').waitFor();
    expect(path(page)).toBe('/login');
    // Setup is done: its page now sends visitors to login.
    await page.goto(`${h.url}/setup`);
    await page.getByText('Sign in to Heng').waitFor();
    await page.screenshot({ path: `${artifacts}login-en.png` });

    await page.getByLabel('Email').fill('lin@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(WRONG_EN).waitFor();
    await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${artifacts}login-failed-en.png` });

    await page.getByLabel('Password').fill('correct-horse-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('current-user').getByText('林芳').waitFor();
    await page.reload();
    await page.getByTestId('current-user').getByText('林芳').waitFor();
    await page.close();
  });

  it('sends a signed-out visitor to login and back where they were going, in Chinese', async () => {
    const page = await h.page('zh-CN');
    await page.goto(`${h.url}/apps/minjiang/scorecards`);
    await page.getByText('登录「衡」').waitFor();
    expect(path(page)).toBe('/login');
    await page.getByLabel('企业代码').fill('minjiang');
    await page.getByLabel('邮箱').fill('lin@example.com');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).click();
    await page.getByText(WRONG_ZH).waitFor();
    await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${artifacts}login-failed-zh-CN.png` });

    await page.getByLabel('密码').fill('correct-horse-1');
    await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).click();
    await page.getByTestId('definition-list-scorecards').waitFor();
    expect(path(page)).toBe('/apps/minjiang/scorecards');
    await expect(page.getByTestId('current-user').innerText()).resolves.toContain('林芳');
    // Signing out loads the login page anew: whoever signs in next lands where their own work is,
    // not on the page the last person left.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: '退出登录' }).click();
    await reloaded;
    await page.getByText('登录「衡」').waitFor();
    await page.getByLabel('企业代码').fill('minjiang');
    await page.getByLabel('邮箱').fill('lin@example.com');
    await page.getByLabel('密码').fill('correct-horse-1');
    await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).click();
    await page.getByTestId('current-user').waitFor();
    await page.waitForURL((u) => u.pathname !== '/' && u.pathname !== '/login' && u.pathname !== '/apps/minjiang');
    expect(path(page)).toBe('/apps/minjiang/forms');
    await page.close();
  });
});

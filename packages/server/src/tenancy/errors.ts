/** @module The tenancy errors a client can act on, and unique-key clashes turned into them. */
import { AppError } from '../http/app-error.js';
import { fieldProblem } from '../auth/schemas.js';

/** 409: another user of the tenant has this e-mail address. */
export function emailTaken(email: string, path = '/email'): AppError {
  return new AppError('email_taken', 409, `Another user here already has the email ${email}: use another address.`, {
    messageZh: `已有用户使用邮箱 ${email}，请换一个邮箱。`,
    problems: [fieldProblem(path, 'email_taken', `${email} is already in use.`, `${email} 已被使用。`)],
  });
}

/** 409: another company has this code. */
export function slugTaken(slug: string, path = '/slug'): AppError {
  return new AppError('slug_taken', 409, `The company code "${slug}" is taken: choose another.`, {
    messageZh: `企业代码 "${slug}" 已被占用，请换一个。`,
    problems: [fieldProblem(path, 'slug_taken', `"${slug}" is taken.`, `"${slug}" 已被占用。`)],
  });
}

/** 409: a role with this id exists already. */
export function roleExists(id: string): AppError {
  return new AppError('role_exists', 409, `A role with the id "${id}" exists already: choose another id or rename that role.`, {
    messageZh: `已存在 ID 为 "${id}" 的角色，请换一个 ID 或重命名该角色。`,
    problems: [fieldProblem('/id', 'role_exists', `"${id}" is taken.`, `"${id}" 已被占用。`)],
  });
}

/** 409: the change would leave the company without an active admin. */
export function lastAdmin(): AppError {
  return new AppError('last_admin', 409, 'This would leave the company without an active admin: make someone else admin first.', {
    messageZh: '此操作会使企业没有在职的管理员，请先指定另一位管理员。',
  });
}

/**
 * Runs `fn` and turns the unique-key clash named by `constraint` into `error`; other errors pass.
 *
 * @example
 * await onDuplicate(() => db.withTenant(...), { users_email_key: () => emailTaken(email) });
 */
export async function onDuplicate<T>(fn: () => Promise<T>, clashes: Readonly<Record<string, () => AppError>>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const make = error instanceof AppError && error.code === 'duplicate' ? clashes[error.meta.constraint ?? ''] : undefined;
    throw make === undefined ? error : make();
  }
}

/** @module Authentication: the principal middleware, login and sessions, CSRF, API tokens, passwords. */
export { authenticate, PUBLIC_PATHS } from './authenticate.js';
export { authRoutes } from './auth-routes.js';
export { ADMIN_ROLE, principalOf, requireRole, unauthenticated } from './principal.js';
export type { CredentialKind, Principal } from './principal.js';
export { authSettings } from './options.js';
export type { AuthOptions, AuthSettings, LoginLimit } from './options.js';
export { CSRF_HEADER } from './csrf.js';
export { SESSION_COOKIE } from './cookies.js';
export { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from './api-tokens.js';
export type { ApiTokenView, NewApiToken } from './api-tokens.js';
export { endSession, endUserSessions, resolveSession, startSession } from './sessions.js';
export type { NewSession, SessionOrigin } from './sessions.js';
export { configurePasswordHashing, DEFAULT_SCRYPT, hashPassword, verifyPassword } from './password.js';
export type { ScryptParams } from './password.js';
export { pruneAuthRecords } from './prune.js';
export { requireAdmin, requireUser } from './guards.js';

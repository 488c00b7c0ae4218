import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs on the embedded database with no settings at all', () => {
    expect(loadConfig({})).toEqual({ databaseUrl: undefined, dataDir: resolve('.heng-data'), dbPool: 10, host: '127.0.0.1', port: 3000, bodyLimit: 1048576, logLevel: 'info', proxyHops: 0, allowedOrigins: [], setupToken: undefined, templatesDir: fileURLToPath(new URL('../../../examples', import.meta.url)) });
  });

  it('reads every setting', () => {
    const env = { DATABASE_URL: 'postgres://heng@db/heng', HENG_DATA_DIR: '/var/heng', HENG_DB_POOL: '20', HOST: '0.0.0.0', PORT: '8080', HENG_BODY_LIMIT: '2048', HENG_LOG_LEVEL: 'warn', HENG_PROXY_HOPS: '1', HENG_ALLOWED_ORIGINS: 'http://127.0.0.1:5173, https://heng.example.com', HENG_SETUP_TOKEN: 'a-long-enough-token', HENG_TEMPLATES_DIR: '/srv/templates' };
    expect(loadConfig(env)).toEqual({
      databaseUrl: 'postgres://heng@db/heng',
      dataDir: '/var/heng',
      dbPool: 20,
      host: '0.0.0.0',
      port: 8080,
      bodyLimit: 2048,
      logLevel: 'warn',
      proxyHops: 1,
      allowedOrigins: ['http://127.0.0.1:5173', 'https://heng.example.com'],
      setupToken: 'a-long-enough-token',
      templatesDir: '/srv/templates',
    });
  });

  it('lists every unusable setting at once', () => {
    const error: unknown = (() => {
      try {
        return loadConfig({ DATABASE_URL: 'mysql://x', HENG_DB_POOL: '0', PORT: '70000', HENG_BODY_LIMIT: 'big', HENG_LOG_LEVEL: 'loud', HENG_ALLOWED_ORIGINS: 'http://a/b', HENG_SETUP_TOKEN: 'short' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(7);
    expect((error as ConfigError).message).toMatch(/PORT=70000 must be a whole number from 0 to 65535/);
  });
});

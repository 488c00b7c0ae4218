-- Tenants, users and roles; the role tenant work runs as; row-level security by tenant.
-- Conventions for every later migration:
--   * a tenant table has tenant_id first in its primary key: PRIMARY KEY (tenant_id, id);
--   * it enables AND forces row-level security with the tenant_isolation policy below;
--   * timestamps are timestamptz(3), read back as ISO strings with milliseconds;
--   * statuses are text with a CHECK listing the same values as the TypeScript union.
-- The store contract test fails when a table with tenant_id misses its policy.

-- Roles belong to the whole cluster: several databases (tests) may create it at once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'heng_app') THEN
    BEGIN
      CREATE ROLE heng_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  -- The connecting role switches to heng_app per transaction, so it must be a member.
  IF NOT pg_has_role(current_user, 'heng_app', 'MEMBER') THEN
    EXECUTE format('GRANT heng_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO heng_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO heng_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO heng_app;

CREATE TABLE tenants (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE users (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL DEFAULT gen_random_uuid()::text,
  email text NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND length(email) <= 254),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text,
  manager_id text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  -- The manager is a user of the same tenant; the key includes tenant_id so it cannot cross.
  FOREIGN KEY (tenant_id, manager_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (manager_id),
  CHECK (manager_id IS NULL OR manager_id <> id)
);
CREATE UNIQUE INDEX users_email_key ON users (tenant_id, lower(email));
CREATE INDEX users_manager_idx ON users (tenant_id, manager_id) WHERE manager_id IS NOT NULL;

CREATE TABLE roles (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL CHECK (id ~ '^[A-Za-z][A-Za-z0-9_]{0,63}$'),
  name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 100),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
  builtin boolean NOT NULL DEFAULT false,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE user_roles (
  tenant_id text NOT NULL,
  user_id text NOT NULL,
  role_id text NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX user_roles_role_idx ON user_roles (tenant_id, role_id);

-- Row-level security, forced so that even the tables' owner is held to it unless it is a
-- superuser or has BYPASSRLS. An unset app.tenant_id reads as NULL: no row matches.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants
  USING (id = current_setting('app.tenant_id', true))
  WITH CHECK (id = current_setting('app.tenant_id', true));

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON roles
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_roles
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

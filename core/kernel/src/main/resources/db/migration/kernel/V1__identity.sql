-- Identity: regions, users with their roles, and login sessions / API tokens.
-- Written for both H2 and PostgreSQL. Sequences start at their increment because EclipseLink
-- hands out the block (value - increment, value]: starting lower would produce ids <= 0.

CREATE TABLE regions (
  id BIGINT PRIMARY KEY,
  code VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL,
  type VARCHAR(16) NOT NULL
);
CREATE SEQUENCE regions_seq START WITH 1050 INCREMENT BY 50;

INSERT INTO regions (id, code, name, type) VALUES
  (1, 'bukittinggi', 'Kota Bukittinggi', 'KOTA'),
  (2, 'kupang', 'Kota Kupang', 'KOTA'),
  (3, 'batanghari', 'Kabupaten Batanghari', 'KABUPATEN'),
  (4, 'solok', 'Kabupaten Solok', 'KABUPATEN'),
  (5, 'bengkulu', 'Provinsi Bengkulu', 'PROVINSI');

CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  username VARCHAR(64) NOT NULL UNIQUE,
  nip VARCHAR(18) UNIQUE,
  name VARCHAR(200) NOT NULL,
  email VARCHAR(254),
  instansi VARCHAR(200),
  unit_kerja VARCHAR(200),
  jabatan VARCHAR(200),
  golongan VARCHAR(16),
  region_id BIGINT REFERENCES regions (id),
  password_hash VARCHAR(200),
  active BOOLEAN NOT NULL,
  failed_logins INT NOT NULL,
  locked_until TIMESTAMP WITH TIME ZONE,
  last_login_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE SEQUENCE users_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX users_region_idx ON users (region_id);
CREATE INDEX users_name_idx ON users (name);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role)
);

-- id is the SHA-256 of the token: a stolen database does not yield usable sessions.
CREATE TABLE auth_sessions (
  id VARCHAR(64) PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind VARCHAR(16) NOT NULL,
  label VARCHAR(100),
  csrf_token VARCHAR(64),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

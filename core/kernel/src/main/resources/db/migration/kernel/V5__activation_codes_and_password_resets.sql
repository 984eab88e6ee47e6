-- Roll-out of imported ASN: a one-time activation code per person, handed out on paper by the
-- region's admin, and a password-reset token mailed on request. Only SHA-256 digests are kept
-- (both are high-entropy random values), so the table cannot be replayed. One of each per person:
-- issuing again replaces the old one. A used row stays, with used_at, as the record of who
-- activated when; ON DELETE CASCADE follows the user.

CREATE TABLE activation_codes (
  user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  code_hash VARCHAR(64) NOT NULL,
  issued_by VARCHAR(64) NOT NULL,
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE password_resets (
  user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE
);

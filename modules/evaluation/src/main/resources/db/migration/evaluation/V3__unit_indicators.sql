-- Unit-level indicators (Kirkpatrick level 4): complaints, IKM, head count... per unit kerja and
-- period, recorded by a region's admins. H2 and PostgreSQL. One value per region, unit, indicator
-- and period: recording again replaces it.

CREATE TABLE unit_indicators (
  id BIGINT PRIMARY KEY,
  region_id BIGINT NOT NULL REFERENCES regions (id),
  unit_kerja VARCHAR(200) NOT NULL,
  indicator VARCHAR(60) NOT NULL,
  period_label VARCHAR(10) NOT NULL,
  -- the period's year, kept apart so lists filter by year without parsing labels
  period_year INT NOT NULL,
  indicator_value DOUBLE PRECISION NOT NULL,
  note VARCHAR(1000),
  recorded_by BIGINT REFERENCES users (id),
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (region_id, unit_kerja, indicator, period_label)
);
CREATE SEQUENCE unit_indicators_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX unit_indicators_region_idx ON unit_indicators (region_id, period_year);

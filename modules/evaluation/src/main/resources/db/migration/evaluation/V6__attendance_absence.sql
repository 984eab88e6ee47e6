-- Why an absent participant was absent: IZIN, SAKIT or ALPA (null when present, or not given).
ALTER TABLE attendance_records ADD COLUMN absence VARCHAR(10);

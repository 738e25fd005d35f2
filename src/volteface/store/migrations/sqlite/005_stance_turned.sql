-- 005: a stance whose sentence tells that the holder came round to it from the other side.
ALTER TABLE stances ADD COLUMN turned INTEGER NOT NULL DEFAULT 0;

-- Version 2: hand out identities in blocks. H2 writes a sequence back to disk every CACHE values, and with
-- WRITE_DELAY=0 each such write is a store commit that serialises every dirty page: with the default block of
-- 32 this was a fifth of the time of a bulk registration. A crash skips the rest of a block (gaps, never
-- duplicates); identities are only keys, so gaps do not matter. Same syntax on H2 2.x and PostgreSQL 10+.
ALTER TABLE dids ALTER COLUMN id SET CACHE 10000;
ALTER TABLE requests ALTER COLUMN id SET CACHE 1000;
ALTER TABLE events ALTER COLUMN id SET CACHE 1000;

-- Version 3, H2 only: identities in blocks of a million. H2 writes a sequence back every CACHE values, as a
-- commit of its own that serialises every dirty page, the uncommitted rows of a running bulk registration
-- included, which its own commit then writes again: with blocks of 10,000 (V2) that was a tenth of the time of
-- registering 10,000 files. A crash skips the rest of a block (gaps, never duplicates; identities are only keys).
-- PostgreSQL keeps V2's blocks: its sequences cache per connection, and nothing there writes pages back early.
ALTER TABLE dids ALTER COLUMN id SET CACHE 1000000;

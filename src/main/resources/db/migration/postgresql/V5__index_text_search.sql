-- PostgreSQL only: trigram indexes so that the search box's "contains" look-ups (part of a plate, part of a name)
-- use an index instead of reading every row. H2 has no such index and needs none at its sizes.
-- An extension exists once per database: it lives in public, and its operator class is named with that schema, so
-- that AfterSales works in any schema of a database.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX asset_plate_trgm_idx ON asset USING gin (plate public.gin_trgm_ops);
CREATE INDEX customer_name_trgm_idx ON customer USING gin (name_lower public.gin_trgm_ops);
CREATE INDEX customer_contact_name_trgm_idx ON customer_contact USING gin (name_lower public.gin_trgm_ops);

-- Defence in depth for the transparency log on PostgreSQL: the application's role may only
-- read and insert log tables, and triggers refuse UPDATE, DELETE and TRUNCATE for everyone
-- (an owner who drops the triggers leaves a trace in the DDL history, and the Merkle tree and
-- signed checkpoints still expose any rewrite).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'puente_app') THEN
    CREATE ROLE puente_app LOGIN;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION transparency.refuse_rewrite() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the transparency log is append-only: % on %.% refused',
    TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER leaf_append_only BEFORE UPDATE OR DELETE ON transparency.leaf
  FOR EACH ROW EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER leaf_no_truncate BEFORE TRUNCATE ON transparency.leaf
  FOR EACH STATEMENT EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER leaf_subject_append_only BEFORE UPDATE OR DELETE ON transparency.leaf_subject
  FOR EACH ROW EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER leaf_subject_no_truncate BEFORE TRUNCATE ON transparency.leaf_subject
  FOR EACH STATEMENT EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER subtree_append_only BEFORE UPDATE OR DELETE ON transparency.subtree
  FOR EACH ROW EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER subtree_no_truncate BEFORE TRUNCATE ON transparency.subtree
  FOR EACH STATEMENT EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON transparency.checkpoint
  FOR EACH ROW EXECUTE FUNCTION transparency.refuse_rewrite();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON transparency.checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION transparency.refuse_rewrite();

-- The application role: full use of module tables, insert-only on the log.
GRANT USAGE ON SCHEMA transparency, governance, bulletins TO puente_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA governance, bulletins TO puente_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA governance, bulletins, transparency TO puente_app;
GRANT SELECT, INSERT, DELETE ON transparency.pending TO puente_app;
GRANT SELECT, UPDATE ON transparency.sequencer TO puente_app;
GRANT SELECT, INSERT ON transparency.leaf, transparency.leaf_subject, transparency.subtree,
  transparency.checkpoint TO puente_app;
REVOKE UPDATE, DELETE, TRUNCATE ON transparency.leaf, transparency.leaf_subject,
  transparency.subtree, transparency.checkpoint FROM puente_app;

-- Schemas and tables that later migrations create are usable by the application role too; a
-- later log table must revoke UPDATE and DELETE explicitly, as above.
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO puente_app;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO puente_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO puente_app;

-- A stored batch of reports publishes one event that can be far longer than 4,000 characters (as
-- PostgreSQL's TEXT column already allows). The long column cannot stay in a composite index, so
-- the listener gets an index of its own.
DROP INDEX IF EXISTS event_publication_by_listener_id_and_serialized_event_idx;
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE CHARACTER VARYING(1000000000);
CREATE INDEX IF NOT EXISTS event_publication_by_listener_id_idx ON event_publication (listener_id);

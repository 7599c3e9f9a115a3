-- The embedded database has a single user, so the log's insert-only rule rests on the Merkle
-- tree and signed checkpoints there; PostgreSQL adds roles and triggers (see its V0100).
SELECT 1;

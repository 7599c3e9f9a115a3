-- H2 has no BRIN; a plain index serves the audit explorer's time filter.
CREATE INDEX leaf_by_time ON transparency.leaf (logged_at);

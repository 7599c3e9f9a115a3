-- Leaves are appended in time order, so a BRIN index finds time ranges at almost no write cost.
CREATE INDEX leaf_by_time ON transparency.leaf USING brin (logged_at);

-- The queue is emptied as fast as it fills; vacuum it often so dead rows do not pile up.
ALTER TABLE transparency.pending SET (
  autovacuum_vacuum_scale_factor = 0.0,
  autovacuum_vacuum_threshold = 20000,
  autovacuum_vacuum_cost_delay = 0
);

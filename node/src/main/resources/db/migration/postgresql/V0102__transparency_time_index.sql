-- Leaves are appended in time order, so a BRIN index finds time ranges at almost no write cost.
CREATE INDEX leaf_by_time ON transparency.leaf USING brin (logged_at);

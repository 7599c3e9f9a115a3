-- One row that every rollup transaction locks first (SELECT ... FOR UPDATE), so two reports stored
-- at once cannot both find a cell missing and both insert it: the second waits for the first to
-- commit, then updates the row the first inserted. Works across node instances, unlike a JVM lock.
CREATE TABLE trends.rollup_lock (
  id INTEGER PRIMARY KEY
);
INSERT INTO trends.rollup_lock (id) VALUES (1);

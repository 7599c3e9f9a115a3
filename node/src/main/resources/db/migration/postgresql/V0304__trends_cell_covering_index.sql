-- Every dashboard query reads the cells of one counted key over a range of weeks and needs only
-- the leaf, the label and the count: with them in the index, PostgreSQL answers from the index
-- alone (index-only scan) instead of visiting cells scattered over the whole table. Measured in
-- docs/benchmarks.md (10 million reports).
CREATE INDEX IF NOT EXISTS cell_cover ON trends.cell (dim, dim_value, week)
  INCLUDE (subdivision, port_code, bin, label_id, n);

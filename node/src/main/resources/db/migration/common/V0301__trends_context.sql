-- Public context data shown beside the drug trends: CBP seizures, CDC and PHAC overdose harms and
-- SESNSP state figures, each imported whole from its publisher's CSV. Public data: no labels.

-- One imported dataset and its provenance; re-importing a kind replaces its row and observations.
CREATE TABLE trends.context_dataset (
  kind                VARCHAR(40) PRIMARY KEY,
  title               VARCHAR(300) NOT NULL,
  source_url          VARCHAR(2000) NOT NULL,
  licence             VARCHAR(300) NOT NULL,
  retrieved           VARCHAR(500) NOT NULL,
  imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by         VARCHAR(64) NOT NULL,
  imported_by_agency  VARCHAR(32) NOT NULL,
  row_count           BIGINT NOT NULL,
  sha256              VARCHAR(64) NOT NULL
);

-- One figure of a dataset at the period its source publishes (MONTH, QUARTER or YEAR; the
-- period starts on period_start). The subdivision is an ISO 3166-2 code, null for a national
-- figure or a place that is not one (a CBP area of responsibility); place is the source's own
-- label for a sub-area, detail a further breakdown the source gives (CBP's land filter, PHAC's
-- partial year).
CREATE TABLE trends.context_observation (
  dataset       VARCHAR(40) NOT NULL REFERENCES trends.context_dataset (kind) ON DELETE CASCADE,
  measure       VARCHAR(60) NOT NULL,
  unit          VARCHAR(20) NOT NULL,
  country       VARCHAR(3) NOT NULL,
  subdivision   VARCHAR(10),
  place         VARCHAR(120),
  detail        VARCHAR(60),
  period_kind   VARCHAR(7) NOT NULL,
  period_start  DATE NOT NULL,
  amount        NUMERIC(38, 16) NOT NULL
);
CREATE INDEX context_observation_series
  ON trends.context_observation (dataset, measure, unit, period_kind, period_start);

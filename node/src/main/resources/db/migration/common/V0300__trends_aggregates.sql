-- Trend rollups over DSAP reports, first sightings, early-warning alerts, subscriptions and
-- in-app notifications.
CREATE SCHEMA IF NOT EXISTS trends;

-- How many reports of one label share a leaf cell (subdivision, port, ISO week) and a counted
-- key: ALL/*, SUBSTANCE, CLASS, FORM, ROUTE, PAIR (substance|substance found with it), or a
-- histogram bin of PURITY (whole percent) or MGTAB (hundredths of a milligram of a substance per
-- tablet). Read only through the enforcement point's aggregate query.
CREATE TABLE trends.cell (
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL,
  country       VARCHAR(3) NOT NULL,
  subdivision   VARCHAR(10) NOT NULL,
  port_code     VARCHAR(16) NOT NULL,
  week          DATE NOT NULL,
  month_start   DATE NOT NULL,
  dim           VARCHAR(10) NOT NULL,
  dim_value     VARCHAR(210) NOT NULL,
  bin           INTEGER NOT NULL,
  n             BIGINT NOT NULL,
  PRIMARY KEY (dim, dim_value, week, subdivision, port_code, bin, label_id)
);
CREATE INDEX cell_by_label ON trends.cell (label_id);

-- The first report stored with a substance, class or form in a country, subdivision or port:
-- what first-detection alerts compare against. Holds no label and is never shown.
CREATE TABLE trends.first_seen (
  scope_kind    VARCHAR(12) NOT NULL,
  scope_code    VARCHAR(16) NOT NULL,
  dim           VARCHAR(10) NOT NULL,
  dim_value     VARCHAR(100) NOT NULL,
  report_id     UUID NOT NULL,
  seizure_date  DATE NOT NULL,
  stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (scope_kind, scope_code, dim, dim_value)
);

-- First-detection alerts, labeled like the report that is their evidence.
CREATE TABLE trends.alert (
  id            UUID PRIMARY KEY,
  kind          VARCHAR(20) NOT NULL,
  scope_kind    VARCHAR(12) NOT NULL,
  scope_code    VARCHAR(16) NOT NULL,
  country       VARCHAR(3) NOT NULL,
  dim           VARCHAR(10) NOT NULL,
  dim_value     VARCHAR(100) NOT NULL,
  since         DATE NOT NULL,
  evidence      UUID NOT NULL,
  label_id      BIGINT NOT NULL REFERENCES governance.label (id),
  owner_agency  VARCHAR(32) NOT NULL REFERENCES governance.agency (code),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX alert_by_label ON trends.alert (label_id);
CREATE INDEX alert_by_time ON trends.alert (created_at);

-- What a user wants to hear about; empty filters match everything.
CREATE TABLE trends.subscription (
  id              UUID PRIMARY KEY,
  username        VARCHAR(64) NOT NULL,
  substance       VARCHAR(100),
  class_id        VARCHAR(100),
  form            VARCHAR(30),
  country         VARCHAR(3),
  region          VARCHAR(16),
  kinds           VARCHAR(60) NOT NULL,
  webhook_url     VARCHAR(2000),
  webhook_secret  VARCHAR(200),
  email           VARCHAR(320),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subscription_by_user ON trends.subscription (username);

-- In-app notifications: one per user and alert.
CREATE TABLE trends.notification (
  id            UUID PRIMARY KEY,
  username      VARCHAR(64) NOT NULL,
  alert_key     VARCHAR(300) NOT NULL,
  kind          VARCHAR(20) NOT NULL,
  dim           VARCHAR(10) NOT NULL,
  dim_value     VARCHAR(100) NOT NULL,
  scope_code    VARCHAR(16) NOT NULL,
  since         DATE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE,
  UNIQUE (username, alert_key)
);

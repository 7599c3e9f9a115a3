-- Webhook calls and e-mails, once per subscription and alert: a user with an in-app subscription
-- and another with a webhook gets one notification and the webhook call.
CREATE TABLE trends.subscription_delivery (
  subscription_id UUID NOT NULL REFERENCES trends.subscription (id) ON DELETE CASCADE,
  alert_key       VARCHAR(300) NOT NULL,
  delivered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (subscription_id, alert_key)
);

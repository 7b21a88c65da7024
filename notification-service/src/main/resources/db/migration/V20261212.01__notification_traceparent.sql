-- The trace a message was queued in: the W3C traceparent of the span that handled the event asking for it (which
-- continues the trace of the change the event reports), so sending it later is a span of the same trace, and staff
-- can find that trace from the record (GET /notifications: traceId). Null for reminders and for messages queued
-- before this column (those are sent in a trace of their own).
alter table notification add column traceparent varchar(55);

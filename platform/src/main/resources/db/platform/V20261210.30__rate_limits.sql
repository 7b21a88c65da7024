-- Each caller's requests in the current fixed window, per class of operation (platform ratelimit.RateCounter).
-- One row per bucket, rewritten as windows pass, so the table holds one row per active caller and class.
-- Unlogged: a counter is worth nothing after a crash, and writing it to the WAL would make every request pay an
-- fsync; after a crash the table is empty and every caller starts a fresh window.
create unlogged table rate_limit_windows (
    bucket       text        primary key,
    window_start timestamptz not null,
    used         integer     not null check (used > 0)
);
-- The cleanup deletes buckets whose window has long passed.
create index rate_limit_windows_window_start on rate_limit_windows (window_start);

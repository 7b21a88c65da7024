-- The dashboard's work queues, oldest first: representations not yet considered and requests for more time not
-- yet decided, each read in keyset order over only the rows still waiting (as hearing_request_undecided).
create index representation_to_consider on representation (submitted_at, id) where considered_at is null;
create index extension_request_to_decide on extension_request (requested_at, id) where status = 'PENDING';

-- Least privilege for the service (DESIGN §4). Flyway runs this after every migrate, as the owner role
-- that owns the schema, so every table present gets its grants, including tables added later: nothing
-- here names a table. The service connects as ${casework_app_role}, which may read and write its domain
-- tables but only SELECT and INSERT on the audit tables (audit_*): it can neither change nor remove a
-- logged entry, nor disable the triggers that guard them (only an owner can), nor create objects.
-- Idempotent: grants are re-applied (and anything beyond them revoked) at every start.
do $casework_grants$
declare
    app   text := '${casework_app_role}';
    t     record;
begin
    if app = current_user then
        -- One credential for both (an old set-up): the service is the owner and nothing can be taken away.
        raise warning 'the service connects as the schema owner %: its audit tables are not protected from it', app;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'the application role % does not exist: create it before the service starts', app;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('revoke create on schema %I from %I', current_schema(), app);
    for t in
        select c.relname, c.relkind from pg_class c
        where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'S')
          and c.relname <> '${flyway:table}'
    loop
        execute format('revoke all on %I from %I', t.relname, app);
        if t.relkind = 'S' then
            execute format('grant usage, select on sequence %I to %I', t.relname, app);
        elsif t.relname like 'audit\_%' then
            execute format('grant select, insert on table %I to %I', t.relname, app);
        else
            execute format('grant select, insert, update, delete on table %I to %I', t.relname, app);
        end if;
    end loop;
end
$casework_grants$;

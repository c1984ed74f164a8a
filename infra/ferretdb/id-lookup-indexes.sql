-- FerretDB 1.24 (PostgreSQL backend) pushes a filter on _id down as `_jsonb -> '_id' @> value`,
-- which its own btree index on `_jsonb -> '_id'` cannot serve: every lookup by _id read the whole
-- table. A GIN index (jsonb_path_ops) on the same expression serves `@>`, so this event trigger
-- gives each table FerretDB creates one, and point lookups stay index scans as collections grow.
-- Idempotent: run on FerretDB's database at every `infra/up.sh`; tables created before it keep none.
create or replace function ferretdb_id_lookup_index() returns event_trigger
language plpgsql as $$
declare
  created record;
begin
  for created in select objid, object_identity from pg_event_trigger_ddl_commands()
                 where command_tag = 'CREATE TABLE' and object_type = 'table' loop
    if exists (select 1 from pg_attribute where attrelid = created.objid and attname = '_jsonb' and not attisdropped) then
      execute format('create index if not exists %I on %s using gin ((_jsonb -> %L) jsonb_path_ops)',
                     left((select relname from pg_class where oid = created.objid), 55) || '_id_gin', created.object_identity, '_id');
    end if;
  end loop;
end $$;

do $$
begin
  if not exists (select 1 from pg_event_trigger where evtname = 'ferretdb_id_lookup_index') then
    create event trigger ferretdb_id_lookup_index on ddl_command_end when tag in ('CREATE TABLE')
      execute function ferretdb_id_lookup_index();
  end if;
end $$;

-- hand-written: NOTIFY takes a lock for the whole database at commit and holds it through the
-- commit's WAL flush, so every notifying transaction commits one at a time. A statement run inside
-- a request that wakes its own process's dispatcher after commit says so
-- (dongne.outbox_wake = 'here', lib/events/record.ts) and sends none; everything else notifies.
CREATE OR REPLACE FUNCTION "outbox_events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dongne.outbox_wake', true) IS DISTINCT FROM 'here' THEN
    PERFORM pg_notify('outbox_events', '');
  END IF;
  RETURN NULL;
END
$$;

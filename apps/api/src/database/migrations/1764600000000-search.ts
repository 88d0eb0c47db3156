import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search: a transactional outbox filled by triggers (so every content change, whichever code
 * makes it, writes its outbox row in the same transaction), the PostgreSQL engine's document
 * table with a weighted tsvector, and a word list for correcting misspellings with pg_trgm.
 */
export class Search1764600000000 implements MigrationInterface {
  name = 'Search1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        doc_type text NOT NULL CHECK (doc_type IN ('thread','reply','group','condition','intervention','tip')),
        doc_id uuid NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);

    // Thread: itself, and its replies when its title (shown with each reply) or group changes.
    await q.query(`
      CREATE FUNCTION search_enqueue_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', OLD.id);
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body IS NOT DISTINCT FROM OLD.body
           AND NEW.tags IS NOT DISTINCT FROM OLD.tags AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.kind IS NOT DISTINCT FROM OLD.kind THEN
          RETURN NEW; -- reply counters, activity times, locks: nothing search shows
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', NEW.id);
        IF TG_OP = 'UPDATE' AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.group_id IS DISTINCT FROM OLD.group_id) THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies WHERE thread_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER threads_search AFTER INSERT OR UPDATE OR DELETE ON threads FOR EACH ROW EXECUTE FUNCTION search_enqueue_thread()`);

    await q.query(`
      CREATE FUNCTION search_enqueue_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.body IS NOT DISTINCT FROM OLD.body AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('reply', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER replies_search AFTER INSERT OR UPDATE OR DELETE ON replies FOR EACH ROW EXECUTE FUNCTION search_enqueue_reply()`);

    // Group: itself; and all its content when its visibility or name changes (both are in every document).
    await q.query(`
      CREATE FUNCTION search_enqueue_group() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.name IS NOT DISTINCT FROM OLD.name AND NEW.description IS NOT DISTINCT FROM OLD.description
           AND NEW.visibility IS NOT DISTINCT FROM OLD.visibility AND NEW.slug IS NOT DISTINCT FROM OLD.slug
           AND NEW.condition_id IS NOT DISTINCT FROM OLD.condition_id THEN
          RETURN NEW; -- member counts
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('group', COALESCE(NEW.id, OLD.id));
        IF TG_OP = 'UPDATE' AND (NEW.visibility IS DISTINCT FROM OLD.visibility OR NEW.name IS DISTINCT FROM OLD.name
                                 OR NEW.slug IS DISTINCT FROM OLD.slug) THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'thread', id FROM threads WHERE group_id = NEW.id;
          INSERT INTO search_outbox (doc_type, doc_id)
            SELECT 'reply', r.id FROM replies r JOIN threads t ON t.id = r.thread_id WHERE t.group_id = NEW.id;
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'tip', id FROM experience_reports WHERE group_id = NEW.id;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER groups_search AFTER INSERT OR UPDATE OR DELETE ON groups FOR EACH ROW EXECUTE FUNCTION search_enqueue_group()`);

    await q.query(`
      CREATE FUNCTION search_enqueue_condition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('condition', COALESCE(NEW.id, OLD.id));
        IF TG_OP = 'UPDATE' AND NEW.name IS DISTINCT FROM OLD.name THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'group', id FROM groups WHERE condition_id = NEW.id;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER conditions_search AFTER INSERT OR UPDATE OR DELETE ON conditions FOR EACH ROW EXECUTE FUNCTION search_enqueue_condition()`);

    await q.query(`
      CREATE FUNCTION search_enqueue_intervention() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('intervention', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER interventions_search AFTER INSERT OR UPDATE OR DELETE ON interventions FOR EACH ROW EXECUTE FUNCTION search_enqueue_intervention()`);
    // Which conditions an intervention is for is part of its document.
    await q.query(`
      CREATE FUNCTION search_enqueue_intervention_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('intervention', COALESCE(NEW.intervention_id, OLD.intervention_id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER intervention_conditions_search AFTER INSERT OR DELETE ON intervention_conditions FOR EACH ROW EXECUTE FUNCTION search_enqueue_intervention_link()`);

    await q.query(`
      CREATE FUNCTION search_enqueue_tip() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.tips IS NOT DISTINCT FROM OLD.tips AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('tip', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER experience_reports_search AFTER INSERT OR UPDATE OR DELETE ON experience_reports FOR EACH ROW EXECUTE FUNCTION search_enqueue_tip()`);

    // The PostgreSQL engine's index: one row per searchable document.
    await q.query(`
      CREATE TABLE search_documents (
        id text PRIMARY KEY,
        type text NOT NULL,
        source_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        synonyms text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        tag_text text NOT NULL DEFAULT '',
        kind text,
        group_id uuid,
        group_name text,
        condition_id uuid,
        condition_name text,
        visibility text NOT NULL CHECK (visibility IN ('public','private')),
        hidden boolean NOT NULL DEFAULT false,
        helpful_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        url text NOT NULL,
        checksum text NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', synonyms), 'A') ||
          setweight(to_tsvector('english', tag_text), 'B') ||
          setweight(to_tsvector('english', coalesce(group_name, '') || ' ' || coalesce(condition_name, '')), 'D') ||
          setweight(to_tsvector('english', body), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await q.query(`CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (lower(title) gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_documents_created_idx ON search_documents (created_at DESC)`);
    await q.query(`CREATE INDEX search_documents_group_idx ON search_documents (group_id)`);
    await q.query(`CREATE TABLE search_words (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`);

    // Everything that exists now goes through the relay once.
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'condition', id FROM conditions`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'group', id FROM groups`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'intervention', id FROM interventions`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'thread', id FROM threads`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'tip', id FROM experience_reports`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['threads_search', 'threads'],
      ['replies_search', 'replies'],
      ['groups_search', 'groups'],
      ['conditions_search', 'conditions'],
      ['interventions_search', 'interventions'],
      ['intervention_conditions_search', 'intervention_conditions'],
      ['experience_reports_search', 'experience_reports'],
    ]) {
      await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    for (const fn of ['thread', 'reply', 'group', 'condition', 'intervention', 'intervention_link', 'tip']) {
      await q.query(`DROP FUNCTION search_enqueue_${fn}()`);
    }
    await q.query(`DROP TABLE search_words`);
    await q.query(`DROP TABLE search_documents`);
    await q.query(`DROP TABLE search_outbox`);
  }
}

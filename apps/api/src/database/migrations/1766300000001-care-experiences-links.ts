import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experiences of care join the rest of Kindred: stories and responses can be reported and
 * moderated (two new moderation case kinds), a member is notified when a service responds to
 * their story (a new notification kind), and stories are searchable (a new search document
 * type, enqueued by a trigger in the same transaction as the change, like every other type).
 */
export class CareExperiencesLinks1766300000001 implements MigrationInterface {
  name = 'CareExperiencesLinks1766300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE moderation_cases DROP CONSTRAINT IF EXISTS moderation_cases_target_type_check`);
    await q.query(`ALTER TABLE moderation_cases ADD CONSTRAINT moderation_cases_target_type_check
      CHECK (target_type IN ('thread','reply','chat_message','experience_report','member','care_experience','care_response'))`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('reply','mention','helpful','join_decided','moderation','new_thread','care_response'))`);
    await q.query(`ALTER TABLE search_outbox DROP CONSTRAINT IF EXISTS search_outbox_doc_type_check`);
    await q.query(`ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_doc_type_check
      CHECK (doc_type IN ('thread','reply','group','condition','intervention','tip','care_story'))`);
    await q.query(`
      CREATE FUNCTION search_enqueue_care_story() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.what_was_good IS NOT DISTINCT FROM OLD.what_was_good AND NEW.could_be_better IS NOT DISTINCT FROM OLD.could_be_better
           AND NEW.moderation IS NOT DISTINCT FROM OLD.moderation AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id AND NEW.anonymous IS NOT DISTINCT FROM OLD.anonymous
           AND NEW.condition_id IS NOT DISTINCT FROM OLD.condition_id THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('care_story', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER care_experiences_search AFTER INSERT OR UPDATE OR DELETE ON care_experiences FOR EACH ROW EXECUTE FUNCTION search_enqueue_care_story()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER care_experiences_search ON care_experiences`);
    await q.query(`DROP FUNCTION search_enqueue_care_story()`);
    await q.query(`DELETE FROM search_outbox WHERE doc_type = 'care_story'`);
    await q.query(`DELETE FROM search_documents WHERE type = 'care_story'`);
    await q.query(`ALTER TABLE search_outbox DROP CONSTRAINT IF EXISTS search_outbox_doc_type_check`);
    await q.query(`ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_doc_type_check
      CHECK (doc_type IN ('thread','reply','group','condition','intervention','tip'))`);
    await q.query(`DELETE FROM notifications WHERE kind = 'care_response'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('reply','mention','helpful','join_decided','moderation','new_thread'))`);
    await q.query(`DELETE FROM moderation_cases WHERE target_type IN ('care_experience','care_response')`);
    await q.query(`ALTER TABLE moderation_cases DROP CONSTRAINT IF EXISTS moderation_cases_target_type_check`);
    await q.query(`ALTER TABLE moderation_cases ADD CONSTRAINT moderation_cases_target_type_check
      CHECK (target_type IN ('thread','reply','chat_message','experience_report','member'))`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports per condition and week (the insights activity count) read by an index, not a scan. */
export class InsightsActivityIndex1765100000000 implements MigrationInterface {
  name = 'InsightsActivityIndex1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX experience_reports_condition_created_idx ON experience_reports (condition_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX experience_reports_condition_created_idx`);
  }
}

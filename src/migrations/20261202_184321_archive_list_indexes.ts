import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_news_v_latest_title_idx\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_state_unit_idx\` ON \`_news_v\` (\`latest\`,\`version_workflow_state\`,\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_search_idx\` ON \`_news_v\` (\`latest\`,\`version_title\`,\`version_lead\`,\`version_slug\`,\`parent_id\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_news_v_latest_state_unit_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_latest_search_idx\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_title_idx\` ON \`_news_v\` (\`latest\`,\`version_title\`,\`created_at\`);`)
}

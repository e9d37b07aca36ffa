/** Test helper: makes the database itself refuse a later statement of an operation, to prove the earlier ones roll back with it. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * Installs a trigger that raises on every insert or update of `table` whose new row matches `condition`
 * (SQL over NEW); returns the function that removes it.
 */
export async function failWhen(db: Db, table: string, condition: string): Promise<() => Promise<void>> {
  const name = `fail_${table}_${Math.random().toString(36).slice(2, 10)}`;
  await db.execute(
    sql.raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${condition} THEN RAISE EXCEPTION 'injected failure on ${table}'; END IF;
        RETURN NEW;
      END $$`),
  );
  await db.execute(sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`));
  return async () => {
    await db.execute(sql.raw(`DROP TRIGGER ${name} ON ${table}`));
    await db.execute(sql.raw(`DROP FUNCTION ${name}()`));
  };
}

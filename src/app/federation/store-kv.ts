import type { KvKey, KvStore, KvStoreSetOptions } from '@fedify/fedify';
import type { AppContext } from '../context.js';

/**
 * Fedify's key-value store on the node's own database (`federation_kv`), both dialects: the
 * cache of remote documents and Fedify's idempotence marks survive restarts and are shared by
 * every server on one PostgreSQL database. An expired value reads as absent.
 */
export class StoreKvStore implements KvStore {
  constructor(private readonly ctx: AppContext) {}

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const row = await this.ctx.store.db
      .selectFrom('federation_kv')
      .select(['value', 'expires_at'])
      .where('key', '=', JSON.stringify(key))
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at !== null && row.expires_at <= this.ctx.clock().toISOString()) {
      await this.delete(key);
      return undefined;
    }
    return JSON.parse(row.value) as T;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    const ttl = options?.ttl?.total('millisecond');
    const expires =
      ttl === undefined ? null : new Date(this.ctx.clock().getTime() + ttl).toISOString();
    const row = { value: JSON.stringify(value), expires_at: expires };
    await this.ctx.store.db
      .insertInto('federation_kv')
      .values({ key: JSON.stringify(key), ...row })
      .onConflict((oc) => oc.column('key').doUpdateSet(row))
      .execute();
  }

  async delete(key: KvKey): Promise<void> {
    await this.ctx.store.db
      .deleteFrom('federation_kv')
      .where('key', '=', JSON.stringify(key))
      .execute();
  }
}

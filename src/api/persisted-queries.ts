/**
 * The persisted-query store Apollo's APQ reads (the KeyValueCache contract). Published operations (the
 * explorer's examples) are pinned: always served by hash, never evicted. Queries clients register (APQ) are
 * kept only when registration is on, in an LRU bounded by the bytes it holds (keys plus query text), so
 * registrations can neither evict the published hashes nor pin memory past `maxBytes`.
 */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

export class PersistedQueryStore implements KeyValueCache<string> {
  private readonly published = new Map<string, string>();
  private readonly registered = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly opts: { registration: boolean; maxBytes: number }) {}

  /** An operation served by hash whatever the registration setting. */
  publish(key: string, query: string): void {
    this.published.set(key, query);
  }

  get registeredBytes(): number {
    return this.bytes;
  }

  async get(key: string): Promise<string | undefined> {
    const pinned = this.published.get(key);
    if (pinned !== undefined) return pinned;
    const value = this.registered.get(key);
    if (value !== undefined) {
      this.registered.delete(key);
      this.registered.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    if (!this.opts.registration || this.published.has(key)) return;
    const size = key.length + Buffer.byteLength(value);
    if (size > this.opts.maxBytes) return;
    await this.delete(key);
    this.registered.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.registered) {
      if (this.bytes <= this.opts.maxBytes) break;
      this.registered.delete(k);
      this.bytes -= k.length + Buffer.byteLength(v);
    }
  }

  async delete(key: string): Promise<boolean> {
    const old = this.registered.get(key);
    if (old === undefined) return false;
    this.registered.delete(key);
    this.bytes -= key.length + Buffer.byteLength(old);
    return true;
  }
}

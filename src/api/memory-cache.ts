/** A small LRU key-value cache (the KeyValueCache contract Apollo expects) for persisted queries. */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

export class MemoryCache implements KeyValueCache<string> {
  private readonly entries = new Map<string, string>();
  constructor(private readonly capacity: number) {}

  async get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}

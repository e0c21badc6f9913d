/** A small least-recently-used cache; a capacity of 0 keeps nothing. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly capacity: number) {}

  /** How many entries are kept. */
  get size(): number {
    return this.map.size;
  }

  /** Is `key` kept? Its place in the recency order stays as it is. */
  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value for `key`, now the most recently used, or undefined. */
  find(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Keep `value` for `key`, evicting the least recently used entry when full. */
  store(key: K, value: V): void {
    if (this.capacity <= 0) return;
    this.map.delete(key);
    if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }

  /** The value for `key`, made and kept when missing. */
  get(key: K, make: () => V): V {
    let value = this.find(key);
    if (value === undefined) {
      value = make();
      this.store(key, value);
    }
    return value;
  }
}

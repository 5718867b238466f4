/** A Storage (localStorage's interface) in memory, for tests that run in Node. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  /** Throw on the next setItem calls (a full or blocked storage). */
  failWrites = 0;

  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error('The quota has been exceeded.');
    }
    this.map.set(key, String(value));
  }
}

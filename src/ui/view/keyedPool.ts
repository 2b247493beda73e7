/**
 * A pool of display objects keyed by entity id: `acquire(id)` returns the object already bound to
 * that id or binds a free (or new) one; `sweep()` frees every object not acquired since `begin()`.
 * `sync(ids)` does a whole pass, freeing the objects of ids that left before binding new ids, so a
 * day's consignments reuse the previous day's particles. Objects are never destroyed, only reused
 * (house style §8: a map from entity id to display object, created lazily).
 */
export class KeyedPool<T> {
  private readonly _create: () => T;
  private readonly _slotOf = new Map<number, number>();
  private readonly _items: T[] = [];
  private readonly _ids: number[] = [];
  private _marks = new Int32Array(16);
  private readonly _free: number[] = [];
  private _epoch = 0;

  /** `create` makes a new object when no free one is left. */
  public constructor(create: () => T) {
    this._create = create;
  }

  /** Starts a pass: objects not acquired before `sweep()` will be freed. */
  public begin(): void {
    this._epoch++;
  }

  /** The object bound to `id`, binding a free or new one if needed; marks it used in this pass. */
  public acquire(id: number): T {
    let slot = this._slotOf.get(id);
    if (slot === undefined) {
      slot = this._free.pop();
      if (slot === undefined) {
        slot = this._items.length;
        this._items.push(this._create());
        this._ids.push(id);
        if (slot >= this._marks.length) {
          const grown = new Int32Array(this._marks.length * 2);
          grown.set(this._marks);
          this._marks = grown;
        }
      }
      this._ids[slot] = id;
      this._slotOf.set(id, slot);
    }
    this._marks[slot] = this._epoch;
    return this._items[slot];
  }

  /** The object bound to `id`, if any. */
  public get(id: number): T | undefined {
    const slot = this._slotOf.get(id);
    return slot === undefined ? undefined : this._items[slot];
  }

  /** Frees the objects not acquired in this pass and returns how many were freed. */
  public sweep(): number {
    let freed = 0;
    for (const [id, slot] of this._slotOf) {
      if (this._marks[slot] === this._epoch) continue;
      this._slotOf.delete(id);
      this._free.push(slot);
      freed++;
    }
    return freed;
  }

  /**
   * Binds exactly `ids[0..count)`: keeps the objects of ids already bound, frees the others, then
   * binds the new ids (reusing freed objects first) and writes the objects in id order into `out`.
   */
  public sync(ids: ArrayLike<number>, count: number, out: T[]): void {
    this.begin();
    for (let i = 0; i < count; i++) {
      const slot = this._slotOf.get(ids[i]);
      if (slot !== undefined) this._marks[slot] = this._epoch;
    }
    this.sweep();
    out.length = count;
    for (let i = 0; i < count; i++) out[i] = this.acquire(ids[i]);
  }

  /** Objects bound to an id. */
  public get active(): number {
    return this._slotOf.size;
  }

  /** Objects ever created (bound or free). */
  public get created(): number {
    return this._items.length;
  }
}

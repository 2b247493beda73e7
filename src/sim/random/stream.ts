import seedrandom from 'seedrandom';

/**
 * A sequential pseudo-random stream. One stream per subsystem (and per day where common random
 * numbers matter), created from a string key so that streams never share state.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast counting" generator from PractRand,
 * public domain): 128 bits of state, passes PractRand/BigCrush, and in V8 it runs several times
 * faster than seedrandom's ARC4. Its initial state comes from seedrandom's Alea (Johannes Baagøe),
 * so string keys hash the same way in Node, browsers and workers.
 */
export interface RandomStream {
  /** A uniform number in [0, 1). */
  next(): number;
  /** How many numbers this stream has produced (for benchmarks and the draw-matched kernel). */
  draws(): number;
  /** Writes the next `to - from` numbers into `out[from..to)`: the same sequence as calling next(). */
  fill(out: Float64Array, from: number, to: number): void;
  /** Moves past the next `n` numbers without producing them: the same state as `n` calls of next(). */
  skip(n: number): void;
  /** Writes the generator's state (STREAM_STATE_WORDS words) into `into` from index `at`. */
  saveState(into: Int32Array, at: number): void;
  /** Sets the generator's state to one saveState wrote (of a stream with the same key): the numbers that followed it follow. */
  loadState(from: Int32Array, at: number): void;
}

/** Words of a saved stream state (sfc32: four 32-bit words). */
export const STREAM_STATE_WORDS = 4;

/**
 * sfc32 with its state in a typed array (V8 would box 32-bit values held in plain fields or
 * captured variables). A class, not a closure, so every stream shares one `next` function and hot
 * loops keep a single call target across days.
 */
class Sfc32Stream implements RandomStream {
  private readonly st = new Int32Array(4);
  private count = 0;

  constructor(key: string) {
    const seeder = seedrandom.alea(key);
    this.st[0] = seeder.int32();
    this.st[1] = seeder.int32();
    this.st[2] = seeder.int32();
    this.st[3] = 1;
    // Discard the first outputs: sfc32's authors recommend a short warm-up after seeding.
    for (let i = 0; i < 12; i++) this.next();
    this.count = 0;
  }

  next(): number {
    const st = this.st;
    const a = st[0], b = st[1], c = st[2], d = st[3];
    const t = (((a + b) | 0) + d) | 0;
    st[3] = (d + 1) | 0;
    st[0] = b ^ (b >>> 9);
    st[1] = (c + (c << 3)) | 0;
    st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    this.count++;
    return (t >>> 0) / 4294967296;
  }

  draws(): number {
    return this.count;
  }

  fill(out: Float64Array, from: number, to: number): void {
    // The same recurrence as next(), with the state in locals for the length of the loop.
    const st = this.st;
    let a = st[0], b = st[1], c = st[2], d = st[3];
    for (let j = from; j < to; j++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      out[j] = (t >>> 0) / 4294967296;
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    this.count += to - from;
  }

  skip(n: number): void {
    const st = this.st;
    let a = st[0], b = st[1], c = st[2], d = st[3];
    for (let j = 0; j < n; j++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    this.count += n;
  }

  saveState(into: Int32Array, at: number): void {
    into.set(this.st, at);
  }

  loadState(from: Int32Array, at: number): void {
    this.st.set(from.subarray(at, at + STREAM_STATE_WORDS));
  }
}

/** Creates a stream from a string key such as `"42|arrivals|17"`. */
export function createStream(key: string): RandomStream {
  return new Sfc32Stream(key);
}

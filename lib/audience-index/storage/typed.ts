// Typed-array helpers shared by the builders. Finished arrays live in SharedArrayBuffers so a
// worker thread can read the same index without a copy; growing buffers during a build are
// ordinary ones, trimmed into shared memory once at the end.
export type NumericArray = Int32Array | Uint8Array | Uint16Array | Float64Array | Int8Array;
type Ctor<T> = { new (buffer: ArrayBufferLike, offset?: number, length?: number): T; BYTES_PER_ELEMENT: number };

export function shared<T extends NumericArray>(ctor: Ctor<T>, length: number): T {
  return new ctor(new SharedArrayBuffer(Math.max(1, length) * ctor.BYTES_PER_ELEMENT), 0, length);
}

/** An exact-length shared copy of the first `length` elements. */
export function sharedCopy<T extends NumericArray>(ctor: Ctor<T>, source: ArrayLike<number>, length: number): T {
  const out = shared(ctor, length);
  if (ArrayBuffer.isView(source) && (source as NumericArray).constructor === ctor) {
    out.set((source as T).subarray(0, length));
  } else {
    for (let i = 0; i < length; i++) out[i] = source[i];
  }
  return out;
}

/** An append-only typed array that doubles its buffer when full. */
export class Growable<T extends NumericArray> {
  array: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T> & { new (length: number): T },
    capacity = 16,
  ) {
    this.array = new ctor(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) this.grow(this.length + 1);
    this.array[this.length++] = value;
  }

  /** Makes index `length + extra − 1` writable. */
  reserve(extra: number): void {
    if (this.length + extra > this.array.length) this.grow(this.length + extra);
  }

  private grow(minimum: number): void {
    let capacity = this.array.length * 2;
    while (capacity < minimum) capacity *= 2;
    const next = new this.ctor(capacity);
    next.set(this.array.subarray(0, this.length) as never);
    this.array = next;
  }

  /** Trims into shared memory; the builder is spent afterwards. */
  finish(): T {
    const out = sharedCopy(this.ctor, this.array, this.length);
    this.array = new this.ctor(0);
    return out;
  }
}

/** The smallest code array that can hold codes up to `maxCode`. */
export function codeArrayFor(maxCode: number, length: number): Uint8Array | Uint16Array | Int32Array {
  if (maxCode <= 0xff) return shared(Uint8Array, length);
  if (maxCode <= 0xffff) return shared(Uint16Array, length);
  return shared(Int32Array, length);
}

/** First index in [lo, hi) whose value is ≥ x (hi when none). */
export function lowerBound(values: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) whose value is > x (hi when none). */
export function upperBound(values: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const byteSize = (array: { byteLength: number } | null | undefined) => array?.byteLength ?? 0;

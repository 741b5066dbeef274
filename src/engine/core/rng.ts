/**
 * Seeded random numbers. The engine never calls Math.random: every random draw goes through an
 * `Rng` that the caller creates and passes in, so a seed reproduces a run exactly.
 */

/** A source of doubles, uniform on [0, 1). */
export type Rng = () => number;

const STATE_SIZE = 624;
const SHIFT_SIZE = 397;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const TWIST_MATRIX = 0x9908b0df;

/** Throws unless `seed` is an integer in [0, 2³² − 1], the range NumPy accepts. */
function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${String(seed)}`);
  }
}

/**
 * NumPy's legacy `np.random.random()` stream: MT19937 doubles (a·2²⁶ + b) / 2⁵³ after seed(seed).
 * @remarks An integer seed goes through init_genrand (not init_by_array, which NumPy uses only
 * for array seeds); a and b are the top 27 and 26 bits of two successive tempered words.
 * @param seed integer in [0, 2³² − 1]
 * @returns a generator that continues the same stream on every call
 */
export function numpyRandom(seed: number): Rng {
  checkSeed(seed);
  const state = new Uint32Array(STATE_SIZE);
  // init_genrand: s[i] = 1812433253 · (s[i−1] ⊕ (s[i−1] >>> 30)) + i  (mod 2³²)
  state[0] = seed >>> 0;
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of the state, which a typed array ignores
  for (let i = 1; i < STATE_SIZE; i++) {
    const previous = state[i - 1]!;
    state[i] = Math.imul(1812433253, previous ^ (previous >>> 30)) + i;
  }
  let position = STATE_SIZE;

  /** Regenerates all 624 words of the state (the "twist"). */
  const twist = (): void => {
    // Stryker disable next-line EqualityOperator: one more turn writes past the end of the state, which a typed array ignores
    for (let i = 0; i < STATE_SIZE; i++) {
      const bits = (state[i]! & UPPER_MASK) | (state[(i + 1) % STATE_SIZE]! & LOWER_MASK);
      let next = state[(i + SHIFT_SIZE) % STATE_SIZE]! ^ (bits >>> 1);
      if (bits & 1) next ^= TWIST_MATRIX;
      state[i] = next;
    }
    position = 0;
  };

  /** Next tempered 32-bit word of the stream. */
  const nextWord = (): number => {
    if (position >= STATE_SIZE) twist();
    let word = state[position++]!;
    word ^= word >>> 11;
    word ^= (word << 7) & 0x9d2c5680;
    word ^= (word << 15) & 0xefc60000;
    word ^= word >>> 18;
    return word >>> 0;
  };

  return () => {
    const high = nextWord() >>> 5;
    const low = nextWord() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
}

/**
 * Mulberry32: state += 0x6D2B79F5, then a 32-bit mix k returned as k / 2³² (shuffles, test data).
 * @param seed integer in [0, 2³² − 1]
 */
export function mulberry32(seed: number): Rng {
  checkSeed(seed);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** One draw from U[low, high]: low + r·(high − low) with r from `rng`. */
export function uniform(rng: Rng, low: number, high: number): number {
  return low + rng() * (high - low);
}

/**
 * Fisher–Yates shuffle in place: for i from the end, swap item i with item ⌊r·(i + 1)⌋.
 * @returns the same array, reordered
 */
export function shuffleInPlace<T extends { length: number; [index: number]: number }>(
  items: T,
  rng: Rng,
): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const held = items[i]!;
    items[i] = items[j]!;
    items[j] = held;
  }
  return items;
}

/**
 * Input checks shared by the engine. Each throws a RangeError whose message names the value,
 * so the UI can catch it and show the reader what to fix.
 * @internal
 */

/** Throws unless `value` is a finite number. */
export function checkFinite(name: string, value: number): void {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every value that is not a number
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function checkNonNegative(name: string, value: number): void {
  checkFinite(name, value);
  if (value < 0) throw new RangeError(`${name} must be ≥ 0, got ${String(value)}`);
}

/** Throws unless `value` is an integer in [min, max]. */
export function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** Throws unless `values` has `length` entries, all finite. */
export function checkVector(name: string, values: ArrayLike<number>, length: number): void {
  if (values === null || values === undefined || typeof values.length !== 'number') {
    throw new RangeError(`${name} must be an array of ${length} numbers`);
  }
  if (values.length !== length) {
    throw new RangeError(`${name} must have ${length} entries, got ${values.length}`);
  }
  // The element's name is only built for the message: this check runs on every public call.
  for (let i = 0; i < length; i++) {
    // Stryker disable next-line ConditionalExpression: checkFinite throws for exactly the values this test sends it
    if (!Number.isFinite(values[i])) checkFinite(`${name}[${i}]`, values[i]!);
  }
}

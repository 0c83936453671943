/** Test helper for the read module's tests: the ReadError a call throws. */
import { ReadError } from "./types.js";

export function errorOf(fn: () => unknown): ReadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error("expected a ReadError");
}

/**
 * 32-bit FNV-1a offset basis; every feature hash starts here.
 * @internal
 */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * Folds one UTF-16 code unit into a running 32-bit FNV-1a hash.
 * @internal
 */
export function fnvStep(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, 0x01000193) >>> 0;
}

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units. The same in every JavaScript
 * runtime, which is what lets training, Node and the browser agree on feature ids.
 * @internal
 */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/**
 * Final avalanche (murmur3's fmix32), so that nearby FNV values spread over all
 * buckets and combined hashes (n-grams) do not collide in patterns.
 * @internal
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

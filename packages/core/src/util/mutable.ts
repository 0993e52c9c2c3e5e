/**
 * `T` with its properties writable: for building a readonly event field by field, in the
 * order its JSON is written, before handing it out.
 * @internal
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

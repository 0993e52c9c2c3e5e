/**
 * Remembers a pure function of a text for at least the last `size` texts it was asked
 * about (at most twice that many). One final utterance is read by several rules and by
 * adoption, and recent agent utterances are read again at every closing moment and
 * snapshot: each text is read once. The results are shared, so they must not be changed.
 *
 * Two generations of `size` texts each, not one map that forgets its oldest text at each
 * new one: a Map that deletes an entry for every one it adds is rebuilt every few dozen
 * additions, which cost more than the look-ups it served.
 *
 * @example
 * ```ts
 * const itemsOf = memoizeByText((text) => AGENT_ITEMS.find(text), 32);
 * ```
 * @internal
 */
export function memoizeByText<T>(read: (text: string) => T, size: number): (text: string) => T {
  // An undefined result is kept as NONE, so that one look-up tells a miss from it.
  let current = new Map<string, T | typeof NONE>();
  let previous = new Map<string, T | typeof NONE>();
  return (text) => {
    let value = current.get(text);
    if (value === undefined) {
      value = previous.get(text);
      if (value === undefined) {
        const read_ = read(text);
        value = read_ === undefined ? NONE : read_;
      }
      if (current.size >= size) {
        previous = current;
        current = new Map();
      }
      current.set(text, value);
    }
    return (value === NONE ? undefined : value) as T;
  };
}

const NONE: unique symbol = Symbol('none');

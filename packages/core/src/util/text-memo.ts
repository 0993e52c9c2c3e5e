/**
 * Remembers a pure function of a text for the last `size` texts it had to read (the
 * oldest read is forgotten first, however recently it was asked about again). One
 * final utterance is read by several rules and by adoption, and recent agent utterances
 * are read again at every closing moment and snapshot: each text is read once. The
 * results are shared, so they must not be changed.
 *
 * @example
 * ```ts
 * const itemsOf = memoizeByText((text) => AGENT_ITEMS.find(text), 32);
 * ```
 * @internal
 */
export function memoizeByText<T>(read: (text: string) => T, size: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = read(text);
      if (memo.size >= size) memo.delete(memo.keys().next().value!);
      memo.set(text, value);
    }
    return value as T;
  };
}

import {
  useCallback,
  useDebugValue,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { Coach, CoachSnapshot } from '@tonvo/core';
import { useCoach } from './useCoach.js';

/** Picks a value out of a coach snapshot. @public */
export type CoachSelector<T> = (snapshot: CoachSnapshot) => T;

/** Whether two selected values are the same for rendering purposes. @public */
export type EqualityFn<T> = (a: T, b: T) => boolean;

interface Selection<T> {
  readonly snapshot: CoachSnapshot;
  readonly value: T;
}

/** Memo cells of one selector; mutated by the getters, never read by render code. */
interface SelectionCache<T> {
  client: Selection<T> | undefined;
  server: Selection<T> | undefined;
}

/**
 * Subscribes to a slice of the coach's snapshot through `useSyncExternalStore`: the
 * component re-renders only when the selected value changes (by `isEqual`, default
 * `Object.is`). The server snapshot is the coach's initial one, so server rendering and
 * hydration agree.
 *
 * Selectors may be inline functions: a selection equal (by `isEqual`) to the one
 * rendered before keeps its old reference, so a selector that builds a fresh array
 * cannot make the component loop.
 *
 * @example
 * ```tsx
 * const state = useCoachSelector((s) => s.speakers.customer.state);
 * ```
 * @public
 */
export function useCoachSelector<T>(
  selector: CoachSelector<T>,
  isEqual: EqualityFn<T> = Object.is,
  coach?: Coach,
): T {
  const c = useCoach(coach);
  const subscribe = useCallback((onChange: () => void) => c.subscribe(onChange), [c]);
  // The value last committed, so a new inline selector can reuse an equal selection.
  const rendered = useRef<{ value: T } | null>(null);
  const [getSelection, getServerSelection] = useMemo(() => {
    const cache: SelectionCache<T> = { client: undefined, server: undefined };
    const getSelection = (): T => {
      const snapshot = c.getSnapshot();
      const memo = cache.client;
      if (memo !== undefined && memo.snapshot === snapshot) return memo.value;
      const next = selector(snapshot);
      const previous = memo ?? rendered.current;
      const value = previous !== null && isEqual(previous.value, next) ? previous.value : next;
      cache.client = { snapshot, value };
      return value;
    };
    const getServerSelection = (): T => {
      const snapshot = c.getInitialSnapshot();
      if (cache.server?.snapshot !== snapshot)
        cache.server = { snapshot, value: selector(snapshot) };
      return cache.server.value;
    };
    return [getSelection, getServerSelection] as const;
  }, [c, selector, isEqual]);
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    rendered.current = { value };
  }, [value]);
  useDebugValue(value);
  return value;
}

/** How loud the library is. `silent` by default. @public */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Receives the library's log records; route them wherever the host wants. @public */
export type LogHandler = (
  level: Exclude<LogLevel, 'silent'>,
  message: string,
  context?: unknown,
) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: number = ORDER.silent;
let handler: LogHandler | undefined;

/**
 * Sets the minimum level that reaches the log handler. The library is silent until
 * the host sets both a level and a handler.
 * @public
 */
export function setLogLevel(level: LogLevel): void {
  if (!(level in ORDER))
    throw new TypeError(`log level must be one of ${Object.keys(ORDER).join(', ')}`);
  threshold = ORDER[level];
}

/**
 * Routes the library's log records to `fn` (or stops routing with `undefined`). A handler
 * that throws loses that record; the library goes on.
 * @public
 */
export function setLogHandler(fn: LogHandler | undefined): void {
  handler = fn;
}

/** @internal */
export function log(level: Exclude<LogLevel, 'silent'>, message: string, context?: unknown): void {
  if (handler === undefined || ORDER[level] < threshold) return;
  try {
    handler(level, message, context);
  } catch {
    // A log handler that throws must not break what was being logged (a coach's push).
  }
}

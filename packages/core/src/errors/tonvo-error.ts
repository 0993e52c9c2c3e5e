const BRAND = Symbol.for('tonvo.error');

/**
 * What went wrong, as a stable machine-readable code.
 * @public
 */
export type TonvoErrorCode =
  | 'invalid-json'
  | 'invalid-event'
  | 'unknown-event-type'
  | 'out-of-order'
  | 'invalid-time'
  | 'text-too-long'
  | 'invalid-option'
  | 'invalid-rule'
  | 'invalid-playbook'
  | 'invalid-payload'
  | 'invalid-audio'
  | 'unsupported-audio'
  | 'truncated'
  | 'model-error'
  | 'analyzer-error'
  | 'analyzer-timeout'
  | 'rule-error'
  | 'listener-error'
  | 'ended'
  | 'destroyed';

/** Where the problem was, when it came from a file or a structure. @public */
export interface TonvoErrorLocation {
  /** 1-based line number in a JSONL input. */
  readonly line?: number;
  /** Dotted path to the offending field, e.g. `rules[2].when.phrases`. */
  readonly field?: string;
  /** Byte offset in a binary input. */
  readonly offset?: number;
}

/** Options for {@link TonvoError}. @public */
export interface TonvoErrorOptions extends TonvoErrorLocation {
  readonly cause?: unknown;
}

/**
 * The one error type of Tonvo: a `code` to branch on, a message that says what was
 * wrong, and where (line, field, offset) when it is known. Use {@link isTonvoError}
 * rather than `instanceof`, which fails across duplicate copies of the package.
 *
 * @example
 * ```ts
 * try { parseJsonl(text); } catch (e) { if (isTonvoError(e) && e.code === 'invalid-json') console.log(e.line); }
 * ```
 * @public
 */
export class TonvoError extends Error {
  override readonly name = 'TonvoError' as const;
  readonly code: TonvoErrorCode;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly offset: number | undefined;

  constructor(code: TonvoErrorCode, message: string, options: TonvoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.line = options.line;
    this.field = options.field;
    this.offset = options.offset;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object for logs and JSONL error lines. */
  toJSON(): {
    code: TonvoErrorCode;
    message: string;
    line?: number;
    field?: string;
    offset?: number;
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.offset === undefined ? {} : { offset: this.offset }),
    };
  }

  /** The same error, located at a JSONL line. */
  atLine(line: number): TonvoError {
    return new TonvoError(this.code, this.message, {
      line,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.offset === undefined ? {} : { offset: this.offset }),
      cause: this.cause,
    });
  }

  static invalidEvent(field: string, problem: string, options: TonvoErrorOptions = {}): TonvoError {
    return new TonvoError('invalid-event', `${field}: ${problem}`, { ...options, field });
  }

  static invalidOption(option: string, problem: string): TonvoError {
    return new TonvoError('invalid-option', `option ${option}: ${problem}`, { field: option });
  }

  static invalidRule(field: string, problem: string): TonvoError {
    return new TonvoError('invalid-rule', `${field}: ${problem}`, { field });
  }

  static invalidPlaybook(field: string, problem: string): TonvoError {
    return new TonvoError('invalid-playbook', `${field}: ${problem}`, { field });
  }

  static invalidAudio(problem: string, options: TonvoErrorOptions = {}): TonvoError {
    return new TonvoError('invalid-audio', problem, options);
  }
}

/**
 * True when `value` is a {@link TonvoError}, from this or any other copy of the package.
 * @public
 */
export function isTonvoError(value: unknown): value is TonvoError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}

/** Wraps anything thrown into a TonvoError with the given code, keeping the cause. @internal */
export function toTonvoError(value: unknown, code: TonvoErrorCode): TonvoError {
  if (isTonvoError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new TonvoError(code, message, { cause: value });
}

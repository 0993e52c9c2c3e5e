/** Terminal styling that switches itself off for pipes and NO_COLOR. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  magenta(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** Styles for a stream: colour only for a TTY without NO_COLOR. */
export function styleFor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): Style {
  const on = stream.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
  const id = (s: string): string => s;
  return on
    ? {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        blue: wrap(34, 39),
        magenta: wrap(35, 39),
        cyan: wrap(36, 39),
      }
    : { bold: id, dim: id, red: id, green: id, yellow: id, blue: id, magenta: id, cyan: id };
}

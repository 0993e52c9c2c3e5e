/** The text after `--name` on the command line, or `fallback` when it is not given. */
export function stringArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** The number after `--name` on the command line, or `fallback` when it is not given. */
export function numberArg(name, fallback) {
  const text = stringArg(name, undefined);
  return text === undefined ? fallback : Number(text);
}

/** The number after `--name` on the command line, or `fallback` when it is not given. */
export function numberArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/**
 * Where the text emotion model's ONNX file is, as a URL next to this module. Bundlers
 * (Vite, webpack 5, Rollup with an asset plugin) see the `new URL(..., import.meta.url)`
 * pattern and ship the file; pass the URL (or its bytes) to `createWebModelRunner`.
 *
 * @example
 * ```ts
 * const runner = await createWebModelRunner(textEmotionModelUrl().href, { wasmPaths: '/ort/' });
 * ```
 * @public
 */
export function textEmotionModelUrl(): URL {
  return new URL('../assets/text-emotion.onnx', import.meta.url);
}

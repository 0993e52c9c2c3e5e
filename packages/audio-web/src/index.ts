/**
 * `@tonvo/audio-web`.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

/**
 * `@tonvo/audio-node`: Tonvo in Node.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

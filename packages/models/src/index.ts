/**
 * `@tonvo/models`.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

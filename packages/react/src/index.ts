/**
 * `@tonvo/react`.
 *
 * @packageDocumentation
 */
export { TonvoError, isTonvoError } from '@tonvo/core';

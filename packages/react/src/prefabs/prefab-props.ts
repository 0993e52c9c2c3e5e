/** Colour scheme of a prefab: follow the system (default), or force one. @public */
export type TonvoTheme = 'auto' | 'light' | 'dark';

/** Props every prefab takes on top of its headless widget's. @public */
export interface PrefabProps {
  /** Colour scheme; default `auto` (the system's). */
  readonly theme?: TonvoTheme;
  readonly className?: string;
}

/** Root props of a prefab: the `tonvo` scope class, its own class and the theme. @internal */
export function prefabRoot(
  name: string,
  theme: TonvoTheme | undefined,
  className: string | undefined,
): { className: string; 'data-tonvo-theme': TonvoTheme } {
  return {
    className: className === undefined ? `tonvo ${name}` : `tonvo ${name} ${className}`,
    'data-tonvo-theme': theme ?? 'auto',
  };
}

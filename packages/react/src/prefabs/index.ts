/**
 * `@tonvo/react/prefabs`: the headless widgets of `@tonvo/react`, styled. Import the
 * styles once: `import '@tonvo/react/prefabs.css'` (everything inside `@layer tonvo`,
 * classes prefixed `tonvo-`, themed with `--tonvo-*` custom properties, light and dark).
 *
 * @packageDocumentation
 */
export {
  TonvoSentimentMeter,
  TonvoNudgeFeed,
  TonvoTrajectoryChart,
  TonvoClosingChecklist,
  TonvoCallReport,
} from './Prefabs.js';
export { TonvoCoachPanel } from './TonvoCoachPanel.js';
export type { TonvoTrajectoryChartProps } from './Prefabs.js';
export type { TonvoCoachPanelProps } from './TonvoCoachPanel.js';
export type { PrefabProps, TonvoTheme } from './prefab-props.js';

/** The dataset JSON inlined into the single-file build (vite.config.ts, mode `single`). */
declare module 'virtual:ict-atlas-dataset' {
  const dataset: unknown;
  export default dataset;
}

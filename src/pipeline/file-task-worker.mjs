// Worker-thread entry for the extraction pool. Node 20 does not apply tsx's loader, inherited or
// passed as `--import` in execArgv, to a worker's own entry file, so this plain-JS entry
// registers tsx itself and then loads the TypeScript task.
import { tsImport } from 'tsx/esm/api';

const { runFileTask } = await tsImport('./file-task.ts', import.meta.url);

export default runFileTask;

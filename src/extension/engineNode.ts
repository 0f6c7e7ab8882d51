// The desktop's dist/engine.js (see engine.ts): the engine's API, and the CLI's search for and
// loading of configuration files on the local disk, which use the same YAML and rule modules.
export * from './engine';
// The lint thread's message loop: it serves only in a worker the host started for it (lintWorker.ts).
import './lintWorker';
export { clearConfigCache, configFilesBeside, findConfigFile, ignoredFile, loadConfigFile } from '../node/loadConfig';

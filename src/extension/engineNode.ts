// The desktop's dist/engine.js (see engine.ts): the engine's API, and the CLI's search for and
// loading of configuration files on the local disk, which use the same YAML and rule modules.
export * from './engine';
export { clearConfigCache, configFilesBeside, findConfigFile, ignoredFile, loadConfigFile } from '../node/loadConfig';

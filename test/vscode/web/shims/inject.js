// Injected into the web suite bundle: the globals Node code (mocha) expects.
const processShim = require('./process');
/** mocha asks Buffer.isBuffer when it describes values; nothing here is ever a Buffer. */
const bufferShim = { isBuffer: () => false, prototype: { toJSON() { return { type: 'Buffer', data: [] }; } } };
export { processShim as process, bufferShim as Buffer };

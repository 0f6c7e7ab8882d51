// A small EventEmitter (what mocha's runner, suites and runnables use) for the web worker host.
'use strict';
class EventEmitter {
  constructor() { this._events = new Map(); }
  _list(name) {
    if (!this._events) this._events = new Map();
    let l = this._events.get(name);
    if (!l) this._events.set(name, (l = []));
    return l;
  }
  on(name, fn) { this._list(name).push(fn); return this; }
  addListener(name, fn) { return this.on(name, fn); }
  prependListener(name, fn) { this._list(name).unshift(fn); return this; }
  once(name, fn) {
    const wrapped = (...args) => { this.removeListener(name, wrapped); fn.apply(this, args); };
    wrapped.listener = fn;
    return this.on(name, wrapped);
  }
  removeListener(name, fn) {
    const l = this._list(name);
    const i = l.findIndex((x) => x === fn || x.listener === fn);
    if (i >= 0) l.splice(i, 1);
    return this;
  }
  off(name, fn) { return this.removeListener(name, fn); }
  removeAllListeners(name) { if (name === undefined) this._events = new Map(); else this._events.delete(name); return this; }
  emit(name, ...args) {
    const l = [...this._list(name)];
    if (name === 'error' && l.length === 0) throw args[0];
    for (const fn of l) fn.apply(this, args);
    return l.length > 0;
  }
  listeners(name) { return this._list(name).map((x) => x.listener || x); }
  rawListeners(name) { return [...this._list(name)]; }
  listenerCount(name) { return this._list(name).length; }
  setMaxListeners() { return this; }
  getMaxListeners() { return Infinity; }
  eventNames() { return [...this._events.keys()]; }
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
module.exports = EventEmitter;

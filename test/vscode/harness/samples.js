// @ts-check
// The samples that `npm start` opens: a fresh copy of examples/, never the tracked files (VS Code
// autosaves what a newcomer types into them, and the tests read them).
'use strict';
const fs = require('fs');
const path = require('path');
const P = require('./paths');

/** Replaces `dest` with a copy of examples/ and returns it. */
function copySamples(dest, from = P.EXAMPLES) {
  const target = path.resolve(dest);
  const source = path.resolve(from);
  if (target === source || target.startsWith(source + path.sep)) throw new Error(`the samples' copy must live outside ${source}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
  return target;
}

module.exports = { copySamples };

'use strict';
module.exports = { tmpdir: () => '/tmp', EOL: '\n', platform: () => 'browser' };

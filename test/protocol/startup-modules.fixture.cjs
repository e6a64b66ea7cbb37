// Preloaded into the server by startup-modules.test.ts: writes the modules Node loaded to stderr as the process exits.
const fs = require('fs');
process.on('exit', () => fs.writeSync(2, `LOADED-MODULES ${JSON.stringify(process.moduleLoadList)}\n`));

// Entry point of `cpt-dossier` (bundled to dist/cli.js, required by bin/cpt-dossier.js): runs the
// command line given to the process. The commands are in commands.ts.
import { run, watchStdout } from './commands';

// A closed pipe (`cpt-dossier lint . | head -1`) is not an error of ours: the run stops early and
// exits with the status the findings so far call for (see lint in commands.ts).
watchStdout();

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

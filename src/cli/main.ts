// Entry point of `cpt-dossier` (bundled to dist/cli.js, required by bin/cpt-dossier.js): runs the
// command line given to the process. The commands are in commands.ts.
import { run } from './commands';

// A closed pipe (`cpt-dossier lint . | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

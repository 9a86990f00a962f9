/**
 * `npm run --silent advise -- [options]`: the advisor on the command line (adviseCommand.ts), its
 * output written to stdout or stderr and its exit code set.
 */
import {adviseCommand} from './adviseCommand';

void adviseCommand(process.argv.slice(2)).then(({code, stdout, stderr}) => {
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
});

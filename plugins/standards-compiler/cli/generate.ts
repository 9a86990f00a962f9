/**
 * `npm run generate`: the files the build derives before Docusaurus runs (taiwan/generate.ts).
 * npm runs it before `build`, `start`, `typecheck` and the tests.
 */
import {loadTerminology} from '../terminology';
import {StandardsDataError} from '../problems';
import {createTaiwanConverter} from '../taiwan/convert';
import {generateTaiwanFiles} from '../taiwan/generate';

const siteDir = process.cwd();
loadTerminology(siteDir)
  .then(async ({taiwan, concepts}) => {
    // Silent when it works: npm runs it before commands whose output is read (npm run advise -- --json).
    await generateTaiwanFiles(
      siteDir,
      createTaiwanConverter(taiwan, concepts),
      taiwan.map((t) => t['zh-Hans']),
    );
  })
  .catch((error: unknown) => {
    if (!(error instanceof StandardsDataError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  });

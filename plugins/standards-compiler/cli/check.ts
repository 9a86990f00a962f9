/** `npm run check-data`: compiles the corpus and prints every problem, without building the site. */
import {compileStandards} from '../compile';
import {StandardsDataError} from '../problems';

compileStandards(process.cwd()).then(
  (content) => console.log(`ok: ${content.standards.length} standards, ${content.sources.length} sources`),
  (error: unknown) => {
    if (!(error instanceof StandardsDataError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  },
);

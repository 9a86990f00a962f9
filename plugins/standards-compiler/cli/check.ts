/** `npm run check-data`: compiles the corpus and prints every problem, without building the site. */
import {compileStandards} from '../compile';
import {StandardsDataError} from '../problems';

try {
  const content = await compileStandards(process.cwd());
  console.log(`ok: ${content.standards.length} standards, ${content.sources.length} sources`);
} catch (error) {
  if (!(error instanceof StandardsDataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

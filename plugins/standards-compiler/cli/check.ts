/**
 * `npm run check-data`: compiles the corpus and prints every problem, without building the site.
 * `npm run check-data -- --report` also prints the data-health report (dataHealth.ts);
 * `--year=YYYY` judges statuses against another year than this one.
 */
import {parseArgs} from 'node:util';
import {compileStandards} from '../compile';
import {dataHealth, formatDataHealth} from '../dataHealth';
import {StandardsDataError} from '../problems';

const {values} = parseArgs({options: {report: {type: 'boolean'}, year: {type: 'string'}}});
const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
if (!Number.isInteger(year)) {
  console.error(`--year: expected a year such as 2026, got "${values.year}"`);
  process.exit(2);
}

compileStandards(process.cwd(), {year}).then(
  (content) => {
    console.log(`ok: ${content.standards.length} standards, ${content.sources.length} sources`);
    if (values.report) console.log(`\n${formatDataHealth(dataHealth(content, year))}`);
  },
  (error: unknown) => {
    if (!(error instanceof StandardsDataError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  },
);

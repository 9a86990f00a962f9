/** The Taiwan converter of the corpus, with the reviewed table of standards-data/terminology.yaml. */
import type {Problem} from '../problems';
import {readTerminology} from '../terminology';
import {createTaiwanConverter} from './convert';

/**
 * The converter the loader derives zh-Hant with. A terminology file with a mistake is recorded as
 * a problem, which fails the build; the converter then runs without the table so that the other
 * files' checks still run.
 */
export async function loadTaiwanConverter(siteDir: string, problems: Problem[]): Promise<(text: string) => string> {
  const terminology = await readTerminology(siteDir, problems);
  return createTaiwanConverter(terminology?.taiwan ?? [], terminology?.concepts ?? []);
}

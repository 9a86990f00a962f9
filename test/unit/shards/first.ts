import {importShard} from './importShard';

void importShard(0, 2);

import {importShard} from './importShard';

void importShard(1, 2);

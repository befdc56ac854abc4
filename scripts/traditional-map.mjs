// Part of `npm run build`: OpenCC's traditional → simplified character table, as the pipeline
// uses it, written once to dist/traditional-map.json so a run reads it instead of rebuilding it.
import { writeFileSync } from 'node:fs';
import { buildTraditionalMap } from '../dist/pipeline/traditional-table.js';
import { traditionalMapFile } from '../dist/pipeline/traditional.js';

writeFileSync(traditionalMapFile, JSON.stringify(Object.fromEntries(buildTraditionalMap())));

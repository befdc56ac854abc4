// Fault injection for the bad-input matrix, loaded into the real CLI with `node --import`:
// a file named vanishes.txt is deleted just before it is read, as if another process had
// removed it between the listing and the reading.
import fsp from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const readFile = fsp.readFile;
fsp.readFile = async (path, ...rest) => {
  if (String(path).endsWith('vanishes.txt')) unlinkSync(path);
  return readFile(path, ...rest);
};
syncBuiltinESMExports();

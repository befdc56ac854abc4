// Fault injection for the bad-input matrix, loaded into the real CLI with `node --import`:
// a file named vanishes.txt is deleted just before it is read, as if another process had
// removed it between the listing and the reading.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const readFileSync = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  if (String(path).endsWith('vanishes.txt')) fs.unlinkSync(path);
  return readFileSync(path, ...rest);
};
syncBuiltinESMExports();

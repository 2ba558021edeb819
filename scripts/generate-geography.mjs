// Writes packages/contracts/src/geography.data.ts from the SCB reference data in
// packages/contracts/data/ (copied from shared/data; see NOTICE.md).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../packages/contracts/', import.meta.url);
const rows = (file) =>
  readFileSync(new URL(`data/${file}`, dir), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

let out =
  '// Generated from data/*.csv (SCB codes; see NOTICE.md for the source and licence).\n' +
  '// Regenerate with: node scripts/generate-geography.mjs\n\nexport const COUNTIES = [\n';
for (const [code, name, officialName] of rows('counties.csv')) {
  out += `  { code: '${code}', name: '${name}', officialName: '${officialName}' },\n`;
}
out += '] as const;\n\nexport const MUNICIPALITIES = [\n';
for (const [code, name, officialName, countyCode] of rows('municipalities.csv')) {
  out += `  { code: '${code}', name: '${name}', officialName: '${officialName}', countyCode: '${countyCode}' },\n`;
}
out += '] as const;\n';
writeFileSync(new URL('src/geography.data.ts', dir), out);

/**
 * Fails when the built client is heavier than its budgets, printing the gzipped size of every chunk
 * and of what each budgeted screen downloads before it can show (its chunk and everything that chunk
 * imports statically, with the entry). Run after `vite build`: `node --import tsx client/scripts/check-bundle-budget.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const KB = 1024;
/** What a first visit may download before the screen shows, per screen. */
const SCREEN_BUDGET = 120 * KB;
const TOTAL_BUDGET = 250 * KB;
/** The screens someone meets before joining a room: they must never carry the room. */
const SCREENS: Record<string, string> = {
  landing: 'src/pages/LandingPage.tsx',
  'sign-in': 'src/pages/LoginPage.tsx',
  'invite / sign-in link': 'src/pages/InvitePage.tsx',
  'member home': 'src/pages/MemberHomePage.tsx',
  'pre-join (cohort session)': 'src/pages/SessionPage.tsx',
  'pre-join (demo room)': 'src/pages/DemoRoomPage.tsx',
};

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const gzipped = new Map<string, number>();
const gzippedSize = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
  return gzipped.get(file)!;
};

/** The JavaScript files a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const format = (bytes: number) => `${(bytes / KB).toFixed(1).padStart(6)} KB`;
const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entryKey) throw new Error('the manifest has no entry chunk; was the client built with build.manifest?');
const entryFiles = staticClosure(entryKey);
const jsFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith('.js'));

console.log('client chunks (gzipped):');
for (const file of [...jsFiles].sort((a, b) => gzippedSize(b) - gzippedSize(a))) console.log(`  ${format(gzippedSize(file))}  ${file}`);

const problems: string[] = [];
const total = jsFiles.reduce((sum, file) => sum + gzippedSize(file), 0);
console.log(`total JavaScript: ${format(total)} (budget ${format(TOTAL_BUDGET)})`);
if (total > TOTAL_BUDGET) problems.push(`all JavaScript is ${format(total)}, over ${format(TOTAL_BUDGET)}`);

console.log('before each screen shows:');
for (const [screen, key] of Object.entries(SCREENS)) {
  if (!manifest[key]) {
    problems.push(`${screen}: ${key} is not a chunk of its own (is its page still loaded lazily?)`);
    continue;
  }
  const files = staticClosure(key, new Set(entryFiles));
  const size = [...files].filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzippedSize(file), 0);
  console.log(`  ${format(size)}  ${screen}`);
  if (size > SCREEN_BUDGET) problems.push(`${screen} needs ${format(size)} before it shows, over ${format(SCREEN_BUDGET)}`);
}

if (problems.length > 0) {
  console.error(`client bundle over budget:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('client bundle within budget');

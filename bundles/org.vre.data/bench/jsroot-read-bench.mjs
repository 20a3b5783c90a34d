// Reads every branch of the same trees as org.vre.data.bench.RootReadBenchmark with JSROOT, repeated to
// about a million values, and prints values/s and MB/s (compressed basket bytes per second).
// Setup (once, outside the repository):  mkdir /tmp/jsroot-bench && cd /tmp/jsroot-bench &&
//   npm install jsroot --ignore-scripts
// Run:  node bundles/org.vre.data/bench/jsroot-read-bench.mjs /tmp/jsroot-bench <folder with the .root files>
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [jsrootDir, folder] = process.argv.slice(2);
if (!jsrootDir || !folder) {
  console.error('usage: node jsroot-read-bench.mjs <dir with node_modules/jsroot> <folder with .root files>');
  process.exit(2);
}
const jsrootRoot = path.join(path.resolve(jsrootDir), 'node_modules', 'jsroot');
const { openFile, version } = await import(pathToFileURL(path.join(jsrootRoot, 'modules', 'main.mjs')).href);
const { TSelector, treeProcess } = await import(pathToFileURL(path.join(jsrootRoot, 'modules', 'tree.mjs')).href);

const TREES = [
  ['uproot-hepdata-example.root', 'ntuple'],
  ['uproot-Zmumu-zstd.root', 'events'],
  ['uproot-Zmumu-lzma.root', 'events'],
  ['uproot-from-geant4.root', 'HitStrips'],
  ['uproot-sample-5.30.00-lzma.root', 'sample'],
];
const TARGET = 1_000_000;

function branches(tree) {
  const out = [];
  const walk = list => {
    for (const b of list?.arr ?? []) {
      if (b.fBranches?.arr?.length) walk(b.fBranches); else out.push(b);
    }
  };
  walk(tree.fBranches);
  return out;
}

async function readOnce(tree, list) {
  const selector = new TSelector();
  list.forEach((b, i) => selector.addBranch(b, `b${i}`));
  let values = 0;
  selector.Process = function () {
    for (let i = 0; i < list.length; i++) {
      const v = this.tgtobj[`b${i}`];
      values += (v !== null && typeof v === 'object' && 'length' in v && typeof v !== 'string') ? v.length : 1;
    }
  };
  await treeProcess(tree, selector, { numentries: tree.fEntries });
  return values;
}

console.log(`node ${process.version}, jsroot ${version}, ROOT files in ${folder}`);
console.log('file'.padEnd(34), 'tree'.padEnd(10), 'reads'.padStart(8), 'values'.padStart(10), 'values/s'.padStart(12), 'MB/s'.padStart(9));
for (const [name, treeName] of TREES) {
  const file = await openFile(path.join(folder, name));
  const tree = await file.readObject(treeName);
  const list = branches(tree);
  let compressed = 0;
  for (const b of list) for (let i = 0; i < b.fWriteBasket; i++) compressed += b.fBasketBytes[i];
  await readOnce(tree, list); // warm-up
  let values = 0, reads = 0;
  const start = process.hrtime.bigint();
  while (values < TARGET || reads < 3) { values += await readOnce(tree, list); reads++; }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(name.padEnd(34), treeName.padEnd(10), String(reads).padStart(8), String(values).padStart(10),
    (values / seconds).toFixed(0).padStart(12), (compressed * reads / seconds / 1e6).toFixed(1).padStart(9));
}

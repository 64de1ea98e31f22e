// Bundles the app with esbuild (WebAssembly build, no native binary) into the directory the jar
// serves from its classpath: index.html at the root, content-hashed files under assets/.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild-wasm';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.env.STOREFRONT_OUT ?? join(here, '../../../target/classes/META-INF/resources'));
const assets = join(outDir, 'assets');

await rm(assets, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/main.js', 'src/styles.css'],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2022'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const outputs = Object.entries(result.metafile.outputs);
const find = (entry) => {
  const found = outputs.find(([, meta]) => meta.entryPoint === entry);
  if (!found) throw new Error(`no output for ${entry}`);
  return '/assets/' + basename(found[0]);
};

const template = await readFile(join(here, 'index.html'), 'utf8');
const page = template
  .replace('%SCRIPT%', find('src/main.js'))
  .replace('%STYLES%', find('src/styles.css'));
await writeFile(join(outDir, 'index.html'), page);
console.log(`storefront built into ${relative(process.cwd(), outDir) || '.'}`);

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The seed worker's code as one CommonJS script, bundled from its TypeScript sources by esbuild
 * when a process first needs it and kept for the process's next pools. Node runs .ts only through
 * a loader, and the loader the CLI runs under (tsx) is not registered in the threads it starts;
 * registering it there costs every thread 0.7-1.1 s of transforms, the bundle 0.2-0.3 s once.
 */
export function seedWorkerSource(): Promise<string> {
  source ??= build({
    entryPoints: [fileURLToPath(new URL('./seedWorker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return source;
}

let source: Promise<string> | undefined;

// A server under measurement runs as a child process of its own, so its CPU and memory are its own (proc.ts).
// It is ready when a line of its output shows its URL; the time until then is its start time.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** ms from spawn to the line that showed `ready`. */
  readyMs: number;
  /** Every line the process printed so far (stdout and stderr). */
  lines: string[];
  stop(): Promise<void>;
}

export interface ServerSpec {
  /** Node arguments: the script and its options. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** The line that says the server is ready; its first http://host:port is the URL. */
  ready: RegExp;
  timeoutMs?: number;
}

export function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, spec.args, { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no ready line within ${spec.timeoutMs ?? 30_000} ms`)), spec.timeoutMs ?? 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}; output:\n${lines.slice(-20).join('\n')}`));
    };
    child.once('exit', (code) => fail(new Error(`server exited with code ${code}`)));
    const onLine = (line: string) => {
      lines.push(line);
      if (!spec.ready.test(line)) return;
      const url = /https?:\/\/[\w.[\]:-]+:\d+/.exec(line)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ pid: child.pid!, url, readyMs: performance.now() - started, lines, stop: () => stop(child) });
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
  });
}

/** SIGTERM, then SIGKILL after 10 s; resolves once the process is gone. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(killer); resolve(); });
    child.kill('SIGTERM');
  });
}

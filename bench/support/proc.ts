// CPU time and resident memory of one process, read from /proc (Linux), so each server is measured on its own.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime/stime (USER_HZ, 100 on every Linux build in use). */
const TICKS_PER_SECOND = 100;

/** User + system CPU the process has used so far, in ms (10 ms resolution). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'; utime, stime are 14th, 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size now, in MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

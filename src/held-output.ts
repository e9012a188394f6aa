// Holds what the logger writes while the app starts, so that the start line is the first line a person reads;
// what was held follows it in order. If the start fails, `release()` without a line lets the held logs out,
// so the reason is never swallowed.
export interface HeldOutput {
  write(chunk: string): boolean;
  release(firstLine?: string): void;
}

export function heldOutput(target: { write(chunk: string): unknown }): HeldOutput {
  let held: string[] | null = [];
  return {
    write(chunk) {
      if (held) held.push(chunk);
      else target.write(chunk);
      return true;
    },
    release(firstLine) {
      if (!held) return;
      const pending = held;
      held = null;
      target.write(firstLine === undefined ? pending.join('') : `${firstLine}\n${pending.join('')}`);
    },
  };
}

// Flow id → machine and version. Bump a flow's version when its states change incompatibly: persisted snapshots
// of an older version then restart the person kindly at the menu instead of crashing or misrouting them.
import type { AnyStateMachine } from 'xstate';
import { mainFlow } from './main/machine.js';

export interface FlowDefinition {
  id: string;
  version: number;
  machine: AnyStateMachine;
}

export type FlowRegistry = ReadonlyMap<string, FlowDefinition>;

export function createRegistry(defs: FlowDefinition[]): FlowRegistry {
  return new Map(defs.map((d) => [d.id, d]));
}

export const DEFAULT_FLOW_ID = 'main';
export const flows: FlowRegistry = createRegistry([mainFlow]);

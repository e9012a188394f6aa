// A person who names a pre-2025 province ("Bắc Giang") is told its current unit ("now part of Bắc Ninh") before
// anything else, wherever they typed it (find help, danger, intake): that message is built here, once.
import type { FlowEffect } from '../contract.js';
import type { ResolvedProvince } from '../text/index.js';

/** The "province renamed" line when the person typed a former name; nothing otherwise. */
export const provinceRenamed = (found: ResolvedProvince): FlowEffect[] => (found.formerName
  ? [{ type: 'say', key: 'province-renamed', args: { old: found.formerName, name: found.province.name } }]
  : []);

// The kinds of places the directory lists, in the order a listing prefers them.
export const DIRECTORY_KINDS = ['trusted_address', 'shelter', 'social_work_centre', 'legal_aid', 'health_station', 'police'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export function isDirectoryKind(kind: string): kind is DirectoryKind {
  return (DIRECTORY_KINDS as readonly string[]).includes(kind);
}

/**
 * How to reach an entry whose address is not shown (`DirectoryEntry.contactVia`): the commune Women's Union, the
 * commune People's Committee, a hotline ("hotline:<number>"), or plain text an admin typed.
 */
export type ContactVia = 'womens_union' | 'commune_committee' | `hotline:${string}`;

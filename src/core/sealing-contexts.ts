// What each sealed value is bound to (AES-GCM associated data), so a sealed value cannot be moved to another row.

/** The chat key of outbox rows written after a person deleted their data. */
export const DELETED_CHAT = 'deleted';

export function addressContext(chatKey: string): string {
  return `chat-address:${chatKey}`;
}

/** Snapshots hold answers typed on the way (a commune, a phone number before submit): sealed at rest. */
export function snapshotContext(conversationId: string): string {
  return `conversation-snapshot:${conversationId}`;
}

/** The replies an update produced, kept so a repeat of the update gets them again. */
export function repliesContext(channel: string, updateId: string): string {
  return `processed-update-replies:${channel}:${updateId}`;
}

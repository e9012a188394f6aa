// Every table but ChatAddress knows a person only by this pseudonym: HMAC-SHA-256(secret, channel + ':' + userId).
import { createHmac } from 'node:crypto';

export type Pseudonymise = (channel: string, userId: string) => string;

export function createPseudonymiser(secret: Buffer): Pseudonymise {
  return (channel, userId) => createHmac('sha256', secret).update(`${channel}:${userId}`).digest('base64url');
}

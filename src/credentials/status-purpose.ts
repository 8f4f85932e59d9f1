import type { Standing } from '../site/commitment-status.ts';

/** The two status lists of the signed badges (W3C Bitstring Status List's purposes). */
export type StatusPurpose = 'revocation' | 'suspension';

/** Both purposes, in the order credentials list their status entries. */
export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];

/** Which status bits an index carries: revoked, suspended, or neither. */
export type StatusBits = Record<StatusPurpose, boolean>;

/**
 * What a status list says of a credential in this standing. A lapsed commitment (not renewed or
 * reported in time) is suspended: it comes back with a renewal. A withdrawn declaration and an
 * ended role are revoked. `none` has no credential; an index whose actor no longer has one
 * (removed, no longer public, no level) reads as revoked as well: the programme no longer vouches for it.
 */
export function statusBits(standing: Standing | undefined): StatusBits {
  switch (standing) {
    case 'active':
    case 'due-soon':
      return { revocation: false, suspension: false };
    case 'lapsed':
      return { revocation: false, suspension: true };
    case 'withdrawn':
    case 'ended':
    case 'none':
    case undefined:
      return { revocation: true, suspension: false };
  }
}

import { z } from 'zod';

// The ladder's steps, event types and badge levels are content: content/ladder.yaml, validated by
// src/schema/ladder-file.ts and cross-checked by src/model/check-ladder.ts.

/** Where an initiative stands. */
export const initiativeStatus = z.enum(['planned', 'running', 'completed']);

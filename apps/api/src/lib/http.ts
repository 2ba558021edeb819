import { ErrorEnvelope } from '@motesplats/contracts';
import { z } from 'zod';

/** The answer of a route that answers 204. */
export const NoContent = z.null().describe('No content');

/** Every route may answer with these; listing them puts the envelope in the OpenAPI document. */
export const errorResponses = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  429: ErrorEnvelope,
} as const;

import { UpdateOrganisationBody } from '@motesplats/contracts';
import { z } from 'zod';

/** An emptied field clears the value (null), which the contract then judges. */
const emptyAsNull = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v));

/**
 * The contract's body, with the text fields as the form holds them (strings) and without
 * `version`, which comes from the organisation that was read, not from the reader.
 */
export const ProfileFormBody = UpdateOrganisationBody.omit({ version: true }).extend({
  website: emptyAsNull.pipe(UpdateOrganisationBody.shape.website.unwrap()),
  email: emptyAsNull.pipe(UpdateOrganisationBody.shape.email.unwrap()),
  phone: emptyAsNull.pipe(UpdateOrganisationBody.shape.phone.unwrap()),
});

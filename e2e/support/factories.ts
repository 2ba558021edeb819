import {
  Challenge,
  CreateChallengeBody,
  CreateLabBody,
  CreateMatchBody,
  CreateOfferingBody,
  CreateOrganisationBody,
  Lab,
  Match,
  Offering,
  Organisation,
  TransitionMatchBody,
} from '@motesplats/contracts';
import type { z } from 'zod';
import type { Api } from './api';
import { uniqueOrgNumber } from './fixtures';

// What journeys set up before they start, made through the API by the people who would make it
// in the app. Each body is parsed with its contract before it is sent, as the SPA does, so a
// journey's set-up fails here, plainly, when a contract changes.

type Fields<S extends z.ZodType, Given extends string> = Omit<z.input<S>, Given>;

export async function createOrganisation(
  owner: Api,
  fields: Fields<typeof CreateOrganisationBody, 'orgNumber'> & { orgNumber?: string },
): Promise<Organisation> {
  const body = CreateOrganisationBody.parse({ orgNumber: uniqueOrgNumber(), ...fields });
  return owner.post('/organisations', body, Organisation);
}

/** A curator's check of a new organisation (its members are told, in the app and by e-mail). */
export async function verifyOrganisation(curator: Api, organisation: { id: string }): Promise<Organisation> {
  return curator.post(`/organisations/${organisation.id}/verification`, { verification: 'VERIFIED' }, Organisation);
}

export async function createLab(
  member: Api,
  organisation: { id: string },
  fields: Fields<typeof CreateLabBody, 'organisationId'>,
): Promise<Lab> {
  return member.post('/labs', CreateLabBody.parse({ organisationId: organisation.id, ...fields }), Lab);
}

export async function createChallenge(
  member: Api,
  organisation: { id: string },
  fields: Fields<typeof CreateChallengeBody, 'organisationId'>,
): Promise<Challenge> {
  return member.post(
    '/challenges',
    CreateChallengeBody.parse({ organisationId: organisation.id, ...fields }),
    Challenge,
  );
}

export async function createOffering(
  member: Api,
  organisation: { id: string },
  fields: Fields<typeof CreateOfferingBody, 'organisationId'>,
): Promise<Offering> {
  return member.post('/offerings', CreateOfferingBody.parse({ organisationId: organisation.id, ...fields }), Offering);
}

export async function openMatch(opener: Api, fields: z.input<typeof CreateMatchBody>): Promise<Match> {
  return opener.post('/matches', CreateMatchBody.parse(fields), Match);
}

export async function transitionMatch(
  party: Api,
  match: { id: string; version: number },
  fields: Fields<typeof TransitionMatchBody, 'version'>,
): Promise<Match> {
  const body = TransitionMatchBody.parse({ version: match.version, ...fields });
  return party.post(`/matches/${match.id}/transitions`, body, Match);
}

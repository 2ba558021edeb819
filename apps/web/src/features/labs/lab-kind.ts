import { findMunicipality, LAB_TRANSITIONS, type LabStatus, type LabSummary } from '@motesplats/contracts';
import type { ItemKind } from '../../components/marketplace/item-kind';
import { listLabs } from './api/list-labs';
import { labKeys } from './api/query-keys';

/** "Portalen, Norrköping". */
export function labPlace(lab: LabSummary): string {
  return `${lab.neighbourhood}, ${findMunicipality(lab.municipalityCode)?.name ?? lab.municipalityCode}`;
}

/** Labs as the shared pages, badges and lists know them. A lab is public from PLANNING on: no drafts. */
export const labKind: ItemKind<LabStatus, LabSummary> = {
  name: 'labs',
  creator: 'HOUSING_COMPANY',
  needsCreator: 'labs.new.needsHousingCompany',
  keys: labKeys,
  status: {
    // What is being prepared stands out; what runs is green; what is over is grey.
    tone: { PLANNING: 'warning', ACTIVE: 'success', COMPLETED: 'muted' },
    label: (status, t) => t(`labStatus.${status}`),
    next: LAB_TRANSITIONS,
    action: (status, t) => t(`labTransition.${status}`),
  },
  titleOf: (lab) => lab.name,
  metaOf: (lab, t) => [labPlace(lab), lab.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')].join(' · '),
  list: listLabs,
};

import { DiaryImageUploaded } from '@motesplats/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function uploadDiaryImage(labId: string, file: File) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/labs/${encodeURIComponent(labId)}/diary-images`,
    file,
    response: DiaryImageUploaded,
  });
}

export function useUploadDiaryImage(labId: string) {
  return useMutation({ mutationFn: (file: File) => uploadDiaryImage(labId, file) });
}

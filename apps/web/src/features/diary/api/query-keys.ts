/** Every cached read of the diaries starts with 'diary'. */
export const diaryKeys = {
  all: ['diary'] as const,
  ofLab: (labId: string) => ['diary', 'lab', labId] as const,
  page: (labId: string, page: number) => ['diary', 'lab', labId, page] as const,
};

/** Every cached read of meetings starts with 'meetings'. */
export const meetingKeys = {
  all: ['meetings'] as const,
  ofLab: (labId: string) => ['meetings', 'lab', labId] as const,
  options: (labId: string) => ['meetings', 'options', labId] as const,
};
